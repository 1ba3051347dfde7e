import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { outboxDeliveries, outboxEvents } from './db/platform.tables.js';
import { LEASE_MS, MAX_ATTEMPTS, Outbox, backoffMs, emit, emitStep, laneOf } from './outbox.js';

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

  it('delivers a batch on several lanes at once, keeping the events of one instance in order on one lane', async () => {
    // two instances whose keys fall on different lanes of four
    const ids = Array.from({ length: 40 }, (_, i) => `ins_lane_${i}`);
    const a = ids[0] ?? '';
    const b = ids.find((id) => laneOf({ id: 'x', payload: { instanceId: id } }, 4) !== laneOf({ id: 'x', payload: { instanceId: a } }, 4)) ?? '';
    const outbox = new Outbox(t.deps.db, t.clock, t.deps.log, undefined, 4);
    const log: string[] = [];
    let openGate = () => {};
    const gate = new Promise<void>((r) => (openGate = r));
    outbox.on('test.lanes', 'h', async (e) => {
      const { instanceId, step } = e.payload as { instanceId: string; step: number };
      log.push(`start ${instanceId === a ? 'a' : 'b'}${step}`);
      // a's first event waits until b's has started: only a second lane lets that happen
      if (instanceId === a && step === 1) await gate;
      if (instanceId === b) openGate();
      log.push(`end ${instanceId === a ? 'a' : 'b'}${step}`);
    });
    for (const [instanceId, step] of [
      [a, 1],
      [a, 2],
      [b, 1],
    ] as const)
      await emit(t.deps.db, t.clock.now(), 'test.lanes', { instanceId, step });
    await outbox.drain();
    // b ran while a1 waited; a2 (same instance) only after a1 ended
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log).toHaveLength(6);
  });

  it('settles a batch of done, failed and dead-lettered events in one statement, recording each handler that succeeded', async () => {
    let executes = 0;
    const counted = new Proxy(t.deps.db, {
      get(target, prop, receiver) {
        const v: unknown = Reflect.get(target, prop, receiver);
        if (prop !== 'execute' || typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          executes++;
          return Reflect.apply(v, target, args);
        };
      },
    });
    const outbox = new Outbox(counted, t.clock, t.deps.log, undefined, 2);
    outbox.on('test.settle', 'a', async () => {});
    outbox.on('test.settle', 'b', async (e) => {
      if ((e.payload as { fail: boolean }).fail) throw new Error('b is down');
    });
    const ok = await emit(t.deps.db, t.clock.now(), 'test.settle', { orderId: 'ord_settle_ok', fail: false });
    const failing = await emit(t.deps.db, t.clock.now(), 'test.settle', { orderId: 'ord_settle_fail', fail: true });
    const last = await emit(t.deps.db, t.clock.now(), 'test.settle', { orderId: 'ord_settle_dead', fail: true });
    // its last attempt: the claim makes it MAX_ATTEMPTS
    await t.deps.db
      .update(outboxEvents)
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where(eq(outboxEvents.id, last));
    await outbox.drain();
    expect(executes).toBe(1);
    const now = t.clock.now().getTime();
    const [okRow, failRow, deadRow] = await Promise.all([eventRow(ok), eventRow(failing), eventRow(last)]);
    expect(okRow).toMatchObject({ status: 'done', lockedUntil: null, lastError: null });
    expect(okRow?.processedAt?.getTime()).toBe(now);
    expect(failRow).toMatchObject({ status: 'pending', processedAt: null, lockedUntil: null, lastError: 'b: b is down' });
    expect(failRow?.nextAttemptAt.getTime()).toBe(now + backoffMs(1));
    expect(deadRow).toMatchObject({ status: 'dead', lastError: 'b: b is down' });
    const recorded = await t.deps.db
      .select({ eventId: outboxDeliveries.eventId, handler: outboxDeliveries.handler })
      .from(outboxDeliveries)
      .where(inArray(outboxDeliveries.eventId, [ok, failing, last]));
    expect(recorded.map((r) => `${r.eventId === ok ? 'ok' : r.eventId === failing ? 'failing' : 'dead'}:${r.handler}`).sort()).toEqual([
      'dead:a',
      'failing:a',
      'ok:a',
      'ok:b',
    ]);
  });

  it('hands a batch handler all the events of its topic in one call, in id order, before the one-event handlers', async () => {
    const outbox = new Outbox(t.deps.db, t.clock, t.deps.log);
    const log: string[] = [];
    outbox.onBatch('test.batch', 'many', async (events) => void log.push(`many:${events.map((e) => (e.payload as { n: number }).n).join(',')}`));
    outbox.on('test.batch', 'one', async (e) => void log.push(`one:${(e.payload as { n: number }).n}`));
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push(await emit(t.deps.db, t.clock.now(), 'test.batch', { n }));
    await emit(t.deps.db, t.clock.now(), 'test.batch_other', { n: 4 });
    await outbox.drain();
    expect(log).toEqual(['many:1,2,3', 'one:1', 'one:2', 'one:3']);
    const rows = await t.deps.db.select().from(outboxEvents).where(inArray(outboxEvents.id, ids));
    expect(rows.map((r) => r.status)).toEqual(['done', 'done', 'done']);
    const recorded = await t.deps.db.select({ handler: outboxDeliveries.handler }).from(outboxDeliveries).where(inArray(outboxDeliveries.eventId, ids));
    expect(recorded.map((r) => r.handler).sort()).toEqual(['many', 'many', 'many', 'one', 'one', 'one']);
    expect(() => outbox.on('test.batch', 'many', async () => {})).toThrow('duplicate outbox handler');
  });

  it('hands a failed batch over one event at a time, so only the bad event is retried, without the handlers it had done', async () => {
    const outbox = new Outbox(t.deps.db, t.clock, t.deps.log);
    const calls: string[] = [];
    let badStillBad = true;
    const nOf = (e: { payload: unknown }) => (e.payload as { n: number }).n;
    outbox.onBatch('test.batch_fail', 'picky', async (events) => {
      calls.push(`picky:${events.map(nOf).join(',')}`);
      if (badStillBad && events.some((e) => nOf(e) === 2)) throw new Error('event 2 is bad');
    });
    outbox.onBatch('test.batch_fail', 'easy', async (events) => void calls.push(`easy:${events.map(nOf).join(',')}`));
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push(await emit(t.deps.db, t.clock.now(), 'test.batch_fail', { n }));
    await outbox.drain();
    expect(calls).toEqual(['picky:1,2,3', 'picky:1', 'picky:2', 'picky:3', 'easy:1,2,3']);
    const [one, two, three] = await Promise.all(ids.map(eventRow));
    expect([one?.status, two?.status, three?.status]).toEqual(['done', 'pending', 'done']);
    expect(two?.lastError).toBe('picky: event 2 is bad');
    // due again: only event 2, only to the handler that failed it
    calls.length = 0;
    badStillBad = false;
    t.clock.advance(backoffMs(1));
    await outbox.drain();
    expect(calls).toEqual(['picky:2']);
    expect((await eventRow(ids[1] ?? ''))?.status).toBe('done');
  });

  it("writes events as a step of the caller's own statement (emitStep): in order when it succeeds, none when it fails", async () => {
    const at = t.clock.now();
    const delivery = { eventId: 'evt_step_target', handler: 'step', doneAt: at };
    const step = (n: number) =>
      emitStep(t.deps.db, at, [
        { topic: 'test.step', payload: { n, k: 1 } },
        { topic: 'test.step', payload: { n, k: 2 } },
      ]);
    await t.deps.db.with(step(1)).insert(outboxDeliveries).values(delivery);
    // the same row again: the statement fails as a whole, its events with it
    await expect(t.deps.db.with(step(2)).insert(outboxDeliveries).values(delivery)).rejects.toThrow();
    const rows = await t.deps.db.select().from(outboxEvents).where(eq(outboxEvents.topic, 'test.step')).orderBy(outboxEvents.id);
    expect(rows.map((r) => r.payload)).toEqual([
      { n: 1, k: 1 },
      { n: 1, k: 2 },
    ]);
  });

  it('doubles the delay up to an hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });

  // issue 17 item 6: "after a kill -9 the killed process's outbox leases (5 minutes today) hold 60 events
  // back; recover faster (shorter lease with renewal …)"
  describe('leases', () => {
    /** a second process's dispatcher over the same database, whose handler waits for the test */
    function process(topic: string, renewMs?: number) {
      let release = () => {};
      let started = () => {};
      const gate = new Promise<void>((r) => (release = r));
      const running = new Promise<void>((r) => (started = r));
      const outbox = new Outbox(t.deps.db, t.clock, t.deps.log, renewMs);
      outbox.on(topic, 'h', async () => {
        started();
        await gate;
      });
      return { outbox, release, running };
    }
    function witness(topic: string) {
      const seen: string[] = [];
      const outbox = new Outbox(t.deps.db, t.clock, t.deps.log);
      outbox.on(topic, 'h', async (e) => void seen.push(e.id));
      return { outbox, seen };
    }

    it('a process killed mid-batch holds its event back one short lease, then another process delivers it', async () => {
      const dead = process('test.crash', 1e9); // never renews: stands in for a killed process
      const other = witness('test.crash');
      const id = await emit(t.deps.db, t.clock.now(), 'test.crash', {});
      const batch = dead.outbox.dispatchBatch();
      await dead.running;
      expect(LEASE_MS).toBeLessThanOrEqual(30_000);
      t.clock.advance(LEASE_MS - 1_000);
      await other.outbox.drain();
      expect(other.seen).toEqual([]);
      t.clock.advance(2_000);
      await other.outbox.drain();
      expect(other.seen).toEqual([id]);
      expect((await eventRow(id))?.status).toBe('done');
      dead.release();
      await batch;
    });

    it('a live process renews the lease of a slow handler, so nobody else takes its event', async () => {
      const slow = process('test.slow', 1e9);
      const other = witness('test.slow');
      const id = await emit(t.deps.db, t.clock.now(), 'test.slow', {});
      const batch = slow.outbox.dispatchBatch();
      await slow.running;
      t.clock.advance(LEASE_MS - 5_000);
      expect(await slow.outbox.renewLeases()).toBe(1);
      t.clock.advance(10_000); // past the first lease, inside the renewed one
      await other.outbox.drain();
      expect(other.seen).toEqual([]);
      slow.release();
      await batch;
      expect(await slow.outbox.renewLeases()).toBe(0); // nothing held once settled
      expect((await eventRow(id))?.status).toBe('done');
    });

    it('renews on its own timer every renewMs (the constructor argument, not the default)', async () => {
      const busy = process('test.timer', 20);
      const id = await emit(t.deps.db, t.clock.now(), 'test.timer', {});
      const batch = busy.outbox.dispatchBatch();
      await busy.running;
      const claimedUntil = (await eventRow(id))?.lockedUntil?.getTime();
      t.clock.advance(10_000);
      const renewedUntil = t.clock.now().getTime() + LEASE_MS;
      // a 20 ms timer renews well within a second of real time; the 5 s default would not
      let lockedUntil = claimedUntil;
      for (let i = 0; i < 50 && lockedUntil !== renewedUntil; i++) {
        await new Promise((r) => setTimeout(r, 20));
        lockedUntil = (await eventRow(id))?.lockedUntil?.getTime();
      }
      expect(claimedUntil).toBeLessThan(renewedUntil);
      expect(lockedUntil).toBe(renewedUntil);
      busy.release();
      await batch;
    });
  });
});
