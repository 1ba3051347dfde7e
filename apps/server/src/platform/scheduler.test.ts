import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import type { Db } from './db/client.js';
import { Scheduler } from './scheduler.js';
import { sessions } from '../modules/accounts/accounts.tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
});
afterAll(() => t.close());

/** The database with `hook` called before each call of one of its methods (which it may make throw). */
function hooked(db: Db, method: 'transaction' | 'select', hook: () => void): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (prop !== method || typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        hook();
        return Reflect.apply(v, target, args);
      };
    },
  });
}

describe('scheduler', () => {
  it('runs a sweep when due and not again before its interval', async () => {
    const s = new Scheduler(t.deps.db, t.clock, t.deps.log);
    let runs = 0;
    s.register({ name: 'test.count', intervalMs: 60_000, run: async () => ++runs });
    await s.runDue();
    await s.runDue();
    expect(runs).toBe(1);
    t.clock.advance(59_999);
    await s.runDue();
    expect(runs).toBe(1);
    t.clock.advance(1);
    await s.runDue();
    expect(runs).toBe(2);
  });

  it("opens no transaction on a tick where nothing is due (one read of the sweeps' last runs)", async () => {
    let transactions = 0;
    // the scheduler's database, counting the transactions it opens
    const counted = hooked(t.deps.db, 'transaction', () => void transactions++);
    const s = new Scheduler(counted, t.clock, t.deps.log);
    let runs = 0;
    for (const name of ['test.idle.a', 'test.idle.b', 'test.idle.c']) s.register({ name, intervalMs: 60_000, run: async () => ++runs });
    await s.runDue();
    expect([runs, transactions]).toEqual([3, 3]);
    t.clock.advance(30_000);
    await s.runDue();
    expect([runs, transactions]).toEqual([3, 3]);
    t.clock.advance(30_000);
    await s.runDue();
    expect([runs, transactions]).toEqual([6, 6]);
  });

  it('still runs what is due and drains the outbox when the read of the last runs fails', async () => {
    let failReads = 1;
    const flaky = hooked(t.deps.db, 'select', () => {
      if (failReads-- > 0) throw new Error('connection reset');
    });
    let drained = 0;
    const s = new Scheduler(flaky, t.clock, t.deps.log, async () => ++drained);
    let runs = 0;
    s.register({ name: 'test.flaky-read', intervalMs: 60_000, run: async () => ++runs });
    expect(await s.runDue()).toEqual([{ name: 'test.flaky-read', affected: 1 }]);
    expect([runs, drained]).toEqual([1, 1]);
  });

  it('refuses two sweeps with one name', () => {
    const s = new Scheduler(t.deps.db, t.clock, t.deps.log);
    s.register({ name: 'x', intervalMs: 1, run: async () => 0 });
    expect(() => s.register({ name: 'x', intervalMs: 1, run: async () => 0 })).toThrow(/duplicate/);
  });

  it('rolls back a failed sweep and records its error, then runs again when due', async () => {
    const s = new Scheduler(t.deps.db, t.clock, t.deps.log);
    let fail = true;
    s.register({
      name: 'test.fails',
      intervalMs: 1000,
      run: async () => {
        if (fail) throw new Error('boom');
        return 1;
      },
    });
    expect(await s.runDue()).toEqual([{ name: 'test.fails', affected: 0, error: 'boom' }]);
    fail = false;
    t.clock.advance(1000);
    expect(await s.runDue()).toEqual([{ name: 'test.fails', affected: 1 }]);
  });

  it('lets one of two concurrent schedulers run a sweep', async () => {
    let runs = 0;
    const mk = () => {
      const s = new Scheduler(t.deps.db, t.clock, t.deps.log);
      s.register({
        name: 'test.single',
        intervalMs: 60_000,
        run: async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 50));
          return 0;
        },
      });
      return s;
    };
    await Promise.all([mk().runDue(), mk().runDue()]);
    expect(runs).toBe(1);
  });

  it('deletes sessions a day after they expired, through the dev clock', async () => {
    await t.agent('buyer');
    const before = (await t.deps.db.select({ id: sessions.id }).from(sessions)).length;
    expect(before).toBeGreaterThan(0);
    const res = await t.anonymous().post('/api/v1/dev/clock', { advance: `${t.config.SESSION_TTL_HOURS + 25}h` });
    expect(res.statusCode).toBe(200);
    expect(res.json().sweeps).toContainEqual({ name: 'accounts.expired-sessions', affected: before });
    expect(await t.deps.db.select({ id: sessions.id }).from(sessions)).toEqual([]);
  });
});
