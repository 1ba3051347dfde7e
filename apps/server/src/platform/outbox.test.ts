import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { outboxEvents } from './db/platform.tables.js';
import { MAX_ATTEMPTS, backoffMs, emit } from './outbox.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedOrders: false });
});
afterAll(() => t.close());

const eventRow = async (id: string) => (await t.deps.db.select().from(outboxEvents).where(eq(outboxEvents.id, id)))[0];

describe('outbox', () => {
  it('writes nothing when the surrounding transaction rolls back', async () => {
    let id = '';
    await expect(
      t.deps.db.transaction(async (tx) => {
        id = await emit(tx, t.clock.now(), 'test.rollback', {});
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await eventRow(id)).toBeUndefined();
  });

  it('delivers after commit and runs each handler once even when the event is dispatched again', async () => {
    const seen: string[] = [];
    t.deps.outbox.on('test.once', 'a', async (e) => void seen.push(`a:${e.id}`));
    t.deps.outbox.on('test.once', 'b', async (e) => void seen.push(`b:${e.id}`));
    const id = await emit(t.deps.db, t.clock.now(), 'test.once', { n: 1 });
    await t.deps.outbox.drain();
    expect(seen).toEqual([`a:${id}`, `b:${id}`]);
    expect((await eventRow(id))?.status).toBe('done');
    // a crash after the handlers but before "done": back to pending, dispatched again
    await t.deps.db.update(outboxEvents).set({ status: 'pending' }).where(eq(outboxEvents.id, id));
    await t.deps.outbox.drain();
    expect(seen).toHaveLength(2);
  });

  it('retries only the failed handler, with exponential backoff, then dead-letters', async () => {
    let okCalls = 0;
    let badCalls = 0;
    t.deps.outbox.on('test.flaky', 'ok', async () => void okCalls++);
    t.deps.outbox.on('test.flaky', 'bad', async () => {
      badCalls++;
      throw new Error('endpoint down');
    });
    const id = await emit(t.deps.db, t.clock.now(), 'test.flaky', {});
    await t.deps.outbox.drain();
    let row = await eventRow(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.nextAttemptAt.getTime()).toBe(t.clock.now().getTime() + backoffMs(1));
    // not due yet: nothing happens
    await t.deps.outbox.drain();
    expect(badCalls).toBe(1);
    for (let i = 2; i <= MAX_ATTEMPTS; i++) {
      t.clock.advance(backoffMs(i - 1));
      await t.deps.outbox.drain();
    }
    row = await eventRow(id);
    expect(row).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS });
    expect(row?.lastError).toContain('endpoint down');
    expect(okCalls).toBe(1);
    expect(badCalls).toBe(MAX_ATTEMPTS);
  });

  it('doubles the delay up to an hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });
});
