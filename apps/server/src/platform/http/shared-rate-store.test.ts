import { silentChangeFeed } from '../db/change-feed.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Built } from '../../app.js';
import { Agent, createTestApp, type TestApp } from '../../test/harness.js';
import { rowsOf } from '../scheduler.js';
import { forgetIdleWindows, hit, sharedRateStore } from './shared-rate-store.js';

// issue 17 items 5 and 7: rate limits on anonymous writes, with several server processes on one
// database (npm run start:cluster). Each process's in-memory count let every address have one
// budget per process; the windows now live in the database the processes share.
describe('rate limits shared by every server process of one database', () => {
  let t: TestApp;
  let second: Built;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_LOGIN_PER_MINUTE: '4' } });
    // a second server on the same database, with its own rate-limit store: a second process
    second = await buildApp({
      config: t.config,
      database: { db: t.deps.db, kind: t.deps.dbKind, changes: silentChangeFeed, close: async () => undefined },
      clock: t.clock,
      logger: false,
    });
    await second.app.ready();
  });
  afterAll(async () => {
    await second?.app.close();
    await t?.close();
  });

  const windows = async (like: string) =>
    rowsOf<{ key: string; hits: number }>(await t.deps.db.execute(sql`select key, hits from rate_limit_windows where key like ${like} order by key`));

  it('log-in budget 4 a minute: two tries on one process and two on the other use it up, the fifth is refused on either', async () => {
    const login = (on: Built) => new Agent(on).post('/api/v1/auth/login', { loginName: 'buyer', password: 'wrong-password' });
    const codes = [
      (await login(t)).statusCode,
      (await login(second)).statusCode,
      (await login(t)).statusCode,
      (await login(second)).statusCode,
      (await login(t)).statusCode,
      (await login(second)).statusCode,
    ];
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
    expect(await windows('%/api/v1/auth/login|%')).toEqual([{ key: 'POST /api/v1/auth/login|127.0.0.1', hits: 6 }]);
  });

  it('counts 50 racing hits once each (one upsert per hit)', async () => {
    const seen = await Promise.all(Array.from({ length: 50 }, () => hit(t.deps.db, 'test|race', 60_000, t.clock.now())));
    expect(seen.map((s) => s.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(seen.every((s) => s.ttl > 0 && s.ttl <= 60_000)).toBe(true);
  });

  it('starts a new window when a hit comes after the last one ran out', async () => {
    expect(await hit(t.deps.db, 'test|window', 60_000, t.clock.now())).toEqual({ current: 1, ttl: 60_000 });
    t.clock.advance(59_999);
    expect(await hit(t.deps.db, 'test|window', 60_000, t.clock.now())).toEqual({ current: 2, ttl: 1 });
    t.clock.advance(1);
    expect(await hit(t.deps.db, 'test|window', 60_000, t.clock.now())).toEqual({ current: 1, ttl: 60_000 });
  });

  it('refuses without a database write once its own count is past the budget (a flood costs at most max writes per process)', async () => {
    const Store = sharedRateStore(t.deps.db, t.clock);
    const store = new Store({}).child({ routeInfo: { method: 'POST', url: '/flood' } });
    const incr = () =>
      new Promise<{ current: number; ttl: number }>((resolve, reject) =>
        store.incr('203.0.113.9', (err, r) => (err || !r ? reject(err ?? new Error('no result')) : resolve(r)), 60_000, 3),
      );
    const counts: number[] = [];
    for (let i = 0; i < 10; i++) counts.push((await incr()).current);
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await windows('POST /flood|%')).toEqual([{ key: 'POST /flood|203.0.113.9', hits: 3 }]);
  });

  it('forgets windows idle for an hour', async () => {
    const old = new Date(t.clock.now().getTime() - 2 * 3_600_000).toISOString();
    await t.deps.db.execute(sql`insert into rate_limit_windows (key, started_at, hits) values ('test|old', ${old}::timestamptz, 9)`);
    expect(await forgetIdleWindows(t.deps.db, t.clock.now())).toBe(1);
    expect(await windows('test|old')).toEqual([]);
    expect((await windows('test|race')).length).toBe(1);
  });
});
