import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { newBuyer } from '../../test/kits/orders.js';
import { produceMonthlyBills } from './bills.service.js';
import { API, newMeteringKey, push, seedApiInstance, seedPostpaid, type Postpaid, type UsageRecord } from '../../test/kits/billing.js';

let t: TestApp;
let demo: Agent;
let buyer: Agent;
let buyer2: Agent;
let buyer2Id: string;
let a: Postpaid;
let b: Postpaid;
const keys = new Map<string, string>();

const JUNE_END = new Date('2026-06-30T16:00:00.000Z'); // 2026-07-01 00:00 in Beijing
let seq = 0;
const rec = (instanceId: string, dimension: string, quantity: number, usedAt: string): UsageRecord => ({
  recordId: `rec-${++seq}`,
  instanceId,
  dimension,
  quantity,
  usedAt,
});

async function pushOk(p: Postpaid, records: UsageRecord[]) {
  const res = await push(t, { code: p.code, key: keys.get(p.productId) ?? '', records });
  expect(res.statusCode, res.body).toBe(200);
}

// sessions last 12 hours and these tests jump a month: log in afresh after moving the clock
const fresh = async () => {
  demo = await t.agent('demo');
  buyer = await t.agent('buyer');
  buyer2 = await t.agent('billbuyer2', 'Passw0rdX');
};

async function sellerBills(agent: Agent, query = '') {
  const res = await agent.get(`${API}/seller/bills?pageSize=100${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    items: { productCode: string; buyerUid: number; amountFen: number; period: string; status: string; paidFen: number; voucherUsed: boolean }[];
    total: number;
  }>();
}

let inst1: string;

beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
  demo = await t.agent('demo');
  buyer = await t.agent('buyer');
  buyer2 = await newBuyer(t, 'billbuyer2');
  buyer2Id = (await buyer2.get(`${API}/auth/me`)).json<{ id: string }>().id;
  a = await seedPostpaid(t, t.seed.demoSellerId);
  b = await seedPostpaid(t, t.seed.demoSellerId);
  for (const p of [a, b]) keys.set(p.productId, await newMeteringKey(demo, p.productId));
  inst1 = await seedApiInstance(t, a, t.seed.demoSellerId, t.seed.buyerId);
  const inst2 = await seedApiInstance(t, a, t.seed.demoSellerId, t.seed.buyerId);
  const other = await seedApiInstance(t, a, t.seed.demoSellerId, buyer2Id);
  const onB = await seedApiInstance(t, b, t.seed.demoSellerId, t.seed.buyerId);

  // 2026-06-01 10:00 Beijing; the first record is from 00:30 Beijing, inside June
  await pushOk(a, [
    rec(inst1, 'calls', 1234, '2026-05-31T16:30:00Z'),
    rec(inst2, 'calls', 11, '2026-06-01T01:00:00Z'),
    rec(inst1, 'storage_gb', 3, '2026-06-01T01:00:00Z'),
  ]);
  await pushOk(a, [rec(inst2, 'minutes', 10, '2026-06-01T01:30:00Z'), rec(other, 'calls', 20, '2026-06-01T01:30:00Z')]);
  await pushOk(b, [rec(onB, 'storage_gb', 1, '2026-06-01T01:30:00Z')]);
  // May usage (before the period) is not in June's bill; it gets its own May bill
  await pushOk(b, [rec(onB, 'minutes', 3, '2026-05-31T15:59:59Z')]);
});
afterAll(() => t.close());

describe('monthly postpaid bills', () => {
  it('produces no June bill before the month has ended in Beijing', async () => {
    t.clock.set(new Date(JUNE_END.getTime() - 60_000));
    await pushOk(a, [rec(inst1, 'minutes', 1, '2026-06-30T15:58:00Z')]);
    await t.deps.scheduler.runDue();
    await fresh();
    expect((await sellerBills(demo, '&period=2026-06')).total).toBe(0);
    expect(await t.deps.db.transaction((tx) => produceMonthlyBills({ tx, now: new Date(JUNE_END.getTime() - 1), sweep: 'billing.monthly-bills' }))).toBe(0);
  });

  it('bills each buyer once per product, summing each dimension before rounding it half-up', async () => {
    t.clock.set(new Date(JUNE_END.getTime() + 59 * 60_000));
    await t.deps.scheduler.runDue();
    await fresh();
    const june = await sellerBills(demo, '&period=2026-06');
    const me = (await buyer.get(`${API}/auth/me`)).json<{ uid: number }>();
    const uid2 = (await buyer2.get(`${API}/auth/me`)).json<{ uid: number }>().uid;
    const byKey = Object.fromEntries(june.items.map((x) => [`${x.productCode}/${x.buyerUid}`, x.amountFen]));
    expect(byKey).toEqual({
      // calls 1245 × 1/10 = 124.5 → 125; storage 3 × 35 = 105; minutes 11 × 7/3 = 25.67 → 26
      [`${a.code}/${me.uid}`]: 256,
      // calls 20 × 1/10 = 2
      [`${a.code}/${uid2}`]: 2,
      // storage 1 × 35 (the May minutes are not June's)
      [`${b.code}/${me.uid}`]: 35,
    });
    expect(june.items.every((x) => x.status === 'unpaid' && x.paidFen === 0 && !x.voucherUsed)).toBe(true);
    // the month before was still within reach: its usage got its own bill (3 × 7/3 = 7)
    expect((await sellerBills(demo, '&period=2026-05')).items.map((x) => [x.productCode, x.amountFen])).toEqual([[b.code, 7]]);
  });

  it('never bills a period twice, and later usage waits for its own month', async () => {
    await pushOk(a, [rec(inst1, 'calls', 5000, new Date(t.clock.now().getTime() - 60_000).toISOString())]);
    t.clock.advance(2 * 60 * 60_000);
    await t.deps.scheduler.runDue();
    expect(await t.deps.db.transaction((tx) => produceMonthlyBills({ tx, now: t.clock.now(), sweep: 'billing.monthly-bills' }))).toBe(0);
    await fresh();
    const all = await sellerBills(demo);
    expect(all.total).toBe(4);
    expect(all.items.filter((x) => x.period === '2026-07')).toEqual([]);
  });

  it('refuses usage for a period already billed', async () => {
    const res = await push(t, { code: a.code, key: keys.get(a.productId) ?? '', records: [rec(inst1, 'calls', 1, '2026-06-30T10:00:00Z')] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'body.records.0.usedAt', message: 'period 2026-06 is already billed' });
  });
});

describe('bill lists', () => {
  it('filters the seller list by product and buyer UID', async () => {
    const uid2 = (await buyer2.get(`${API}/auth/me`)).json<{ uid: number }>().uid;
    expect((await sellerBills(demo, `&productCode=${b.code}`)).total).toBe(2);
    expect((await sellerBills(demo, `&buyerUid=${uid2}`)).items.map((x) => x.amountFen)).toEqual([2]);
  });

  it('shows buyers only their own bills', async () => {
    const mine = await buyer.get(`${API}/buyer/bills?period=2026-06`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(
      mine
        .json()
        .items.map((x: { productCode: string; amountFen: number }) => [x.productCode, x.amountFen])
        .sort(),
    ).toEqual(
      [
        [a.code, 256],
        [b.code, 35],
      ].sort(),
    );
    expect((await buyer2.get(`${API}/buyer/bills`)).json().total).toBe(1);
  });

  it('hides bills from other sellers and from sub-accounts without bills.view', async () => {
    expect((await sellerBills(await t.agent('acme'))).total).toBe(0);
    const ops = await t.agent('ops@demoisv');
    const res = await ops.get(`${API}/seller/bills`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('permission_denied');
    expect((await buyer.get(`${API}/seller/bills`)).statusCode).toBe(403);
    expect((await demo.get(`${API}/buyer/bills`)).statusCode).toBe(403);
  });
});
