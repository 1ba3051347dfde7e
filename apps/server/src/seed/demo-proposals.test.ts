import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '../modules/orders/index.js';
import { DAY } from '../platform/clock.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { followingLead, leadStatusOf } from '../test/kits/proposals.js';
import { DEMO_PASSWORD } from './demo.js';
import { DEMO_PROPOSAL, proposalBeats } from './demo-proposals.js';
import { DemoSession } from './demo-session.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
});
afterAll(() => t.close());

describe('the demo’s 方案 beats', () => {
  it('send a two-quote proposal on a followed lead and have the buyer pay it: orders from 定制方案, lead won', async () => {
    const { leadId } = await followingLead(t, t.seed.demoSellerId, t.seed.buyerId);
    const s = await DemoSession.open(t.deps.db, t.clock.now(), { dbKind: process.env.TEST_DATABASE_URL ? 'pg' : 'pglite' });
    try {
      const [demo, buyer] = await Promise.all([s.login('demo', DEMO_PASSWORD), s.login('buyer', DEMO_PASSWORD)]);
      const day0 = s.clock.now();
      const beats: { at: Date; run: () => Promise<void> }[] = [];
      proposalBeats(
        s,
        t.seed.catalog,
        {
          beat: (at, _what, run) => beats.push({ at, run }),
          on: (d, h, m = 0) => new Date(day0.getTime() + d * DAY + (h - 10) * 3600_000 + m * 60_000),
          demo,
          buyer,
        },
        { leadId: () => leadId, day: 1 },
      );
      for (const b of beats.sort((x, y) => x.at.getTime() - y.at.getTime())) {
        s.clock.set(b.at);
        await b.run();
      }
    } finally {
      await s.close();
    }
    const placed = await t.deps.db
      .select({ source: orders.source, leadId: orders.leadId, status: orders.status, paidFen: orders.paidFen })
      .from(orders)
      .where(eq(orders.leadId, leadId));
    expect(placed.map((o) => [o.source, o.status, o.paidFen]).sort()).toEqual(
      [
        ['proposal', 'paid', DEMO_PROPOSAL.sitePriceFen],
        ['proposal', 'paid', DEMO_PROPOSAL.csPriceFen],
      ].sort(),
    );
    expect(await leadStatusOf(t, leadId)).toEqual({ lead: 'won', demand: 'won' });
  });
});
