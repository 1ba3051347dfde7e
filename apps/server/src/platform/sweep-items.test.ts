import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from './clock.js';
import { sweepItemFailures, sweepState } from './db/platform.tables.js';
import { eachItem } from './sweep-items.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { orders } from '../modules/orders/index.js';
import { insertPaidOrder } from '../test/kits/ledger.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
});
afterAll(() => t.close());

const failuresOf = (sweep: string) =>
  t.deps.db
    .select({ itemKey: sweepItemFailures.itemKey, attempts: sweepItemFailures.attempts, error: sweepItemFailures.error })
    .from(sweepItemFailures)
    .where(eq(sweepItemFailures.sweep, sweep));

describe('eachItem', () => {
  // Each item writes a marker row; "b" writes its marker and then throws, so its marker must vanish with it.
  const run = (failing: string[]) =>
    t.deps.db.transaction((tx) =>
      eachItem({ tx, now: t.clock.now(), sweep: 'test.items' }, ['a', 'b', 'c'], String, async (sp, item) => {
        await sp
          .insert(sweepState)
          .values({ name: `item:${item}` })
          .onConflictDoNothing();
        if (failing.includes(item)) throw new Error(`${item} is poisoned`);
      }),
    );
  const markers = async () =>
    (
      await t.deps.db
        .select({ name: sweepState.name })
        .from(sweepState)
        .where(inArray(sweepState.name, ['item:a', 'item:b', 'item:c']))
    )
      .map((r) => r.name)
      .sort();

  it('rolls back a failing item alone, files it, and commits the rest of the batch', async () => {
    expect(await run(['b'])).toEqual({ done: 2, failed: ['b'] });
    expect(await markers()).toEqual(['item:a', 'item:c']);
    expect(await failuresOf('test.items')).toEqual([{ itemKey: 'b', attempts: 1, error: 'b is poisoned' }]);
  });

  it('counts the attempts of an item that keeps failing', async () => {
    await run(['b']);
    expect(await failuresOf('test.items')).toEqual([{ itemKey: 'b', attempts: 2, error: 'b is poisoned' }]);
  });

  it('drops the failure once the item succeeds', async () => {
    expect(await run([])).toEqual({ done: 3, failed: [] });
    expect(await markers()).toEqual(['item:a', 'item:b', 'item:c']);
    expect(await failuresOf('test.items')).toEqual([]);
  });
});

describe('a sweep with one failing item, through the scheduler', () => {
  it('settles every other due order and files the one that fails (the whole batch used to roll back every run)', async () => {
    const paidAt = t.clock.now();
    const ids: string[] = [];
    for (const paidFen of [1000, 2000, 3000])
      ids.push(await insertPaidOrder(t.deps.db, { sellerId: t.seed.demoSellerId, buyerId: t.seed.buyerId, paidFen, paidAt }));
    const poisoned = ids[1]!;
    // The database refuses to mark this one order settled, as a corrupt row or a violated constraint would.
    await t.deps.db.execute(
      sql.raw(`create function poison_settle() returns trigger language plpgsql as $$ begin
        if new.id = '${poisoned}' and new.settled_at is not null then raise exception 'order % cannot settle', new.id; end if;
        return new; end $$`),
    );
    await t.deps.db.execute(sql.raw(`create trigger poison_settle before update on orders for each row execute function poison_settle()`));

    t.clock.advance(6 * DAY);
    const results = await t.deps.scheduler.runDue();
    expect(results.find((r) => r.name === 'ledger.settle')).toEqual({ name: 'ledger.settle', affected: 2 });

    const settled = await t.deps.db.select({ id: orders.id, settledAt: orders.settledAt }).from(orders).where(inArray(orders.id, ids));
    expect(Object.fromEntries(settled.map((o) => [o.id, o.settledAt !== null]))).toEqual({ [ids[0]!]: true, [poisoned]: false, [ids[2]!]: true });
    expect(await failuresOf('ledger.settle')).toEqual([{ itemKey: poisoned, attempts: 1, error: expect.stringContaining('cannot settle') }]);

    // Mended, it settles on a later run and its failure row goes.
    await t.deps.db.execute(sql.raw(`drop trigger poison_settle on orders`));
    t.clock.advance(DAY);
    await t.deps.scheduler.runDue();
    expect((await t.deps.db.select({ settledAt: orders.settledAt }).from(orders).where(eq(orders.id, poisoned)))[0]?.settledAt).not.toBeNull();
    expect(await failuresOf('ledger.settle')).toEqual([]);
  });
});
