import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { simulatedOf } from './drivers.js';
import { SIMULATED_NUMBERS } from './simulated-driver.js';
import { callsOf, placeCall } from './index.js';
import { calls } from './telephony.tables.js';

let t: TestApp;
const CALLEE = '13712345678';
const CALLER = '13898765432';

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const place = (calleePhone: string, subjectId = 'lead_x') =>
  placeCall(t.deps, { sellerId: t.seed.demoSellerId, subjectKind: 'lead', subjectId, callerId: t.seed.demoMainId, callerPhone: CALLER, calleePhone });

const rowOf = async (id: string) => (await t.deps.db.select().from(calls).where(eq(calls.id, id)))[0];

describe('双呼 through the simulated provider', () => {
  it('never stores or returns the callee’s real number: every column of the row and the reply', async () => {
    const call = await place(CALLEE, 'lead_scan');
    expect(JSON.stringify(call)).not.toContain(CALLEE);
    expect(JSON.stringify(call)).not.toContain(CALLER);
    const row = await rowOf(call.id);
    for (const [column, value] of Object.entries(row ?? {})) {
      expect(String(value), column).not.toContain(CALLEE);
      expect(String(value), column).not.toContain(CALLEE.slice(-8));
      expect(String(value), column).not.toContain(CALLER);
    }
    expect(call).toMatchObject({ status: 'dialing', callerPhoneMasked: '138****5432', callerName: expect.any(String) });
    expect(call.virtualNumber).toMatch(/^170\d{8}$/);
    const again = await place(CALLEE, 'lead_scan');
    expect(again.virtualNumber).not.toBe(call.virtualNumber);
  });

  it('follows the provider’s callbacks on the clock: ringing at +2 s, answered at +5 s, ended after the talk time', async () => {
    const start = t.clock.now();
    const call = await place(CALLEE, 'lead_timeline');
    t.clock.set(new Date(start.getTime() + 1000));
    await t.deps.scheduler.runDue();
    expect((await rowOf(call.id))?.status).toBe('dialing');
    t.clock.set(new Date(start.getTime() + 2000));
    await t.deps.scheduler.runDue();
    expect((await rowOf(call.id))?.status).toBe('ringing');
    t.clock.set(new Date(start.getTime() + 5000));
    await t.deps.scheduler.runDue();
    expect((await rowOf(call.id))?.status).toBe('answered');
    t.clock.set(new Date(start.getTime() + 10 * 60_000));
    await t.deps.scheduler.runDue();
    const [ended] = await callsOf(t.deps.db, 'lead', 'lead_timeline');
    expect(ended).toMatchObject({ id: call.id, status: 'ended', outcome: 'answered' });
    expect(ended?.durationSec).toBeGreaterThanOrEqual(30);
    expect(ended?.endedAt).toBe(new Date(start.getTime() + (5 + (ended?.durationSec ?? 0)) * 1000).toISOString());
  });

  it('ends a call to the no-answer test number as failed / no_answer, and a busy one as busy', async () => {
    const start = t.clock.now();
    const none = await place(SIMULATED_NUMBERS.noAnswer, 'lead_none');
    const busy = await place(SIMULATED_NUMBERS.busy, 'lead_busy');
    t.clock.set(new Date(start.getTime() + 5000));
    await t.deps.scheduler.runDue();
    expect((await rowOf(none.id))?.status).toBe('ringing');
    expect(await rowOf(busy.id)).toMatchObject({ status: 'failed', outcome: 'busy' });
    t.clock.set(new Date(start.getTime() + 60_000));
    await t.deps.scheduler.runDue();
    expect(await rowOf(none.id)).toMatchObject({ status: 'failed', outcome: 'no_answer', durationSec: 0 });
  });

  it('answers call_failed when the provider refuses the binding', async () => {
    await expect(place(SIMULATED_NUMBERS.unreachable)).rejects.toMatchObject({ code: 'call_failed' });
  });

  it('takes signed callbacks on the webhook route, refuses forged ones, and ignores replays and stale events', async () => {
    const start = t.clock.now();
    const call = await place(CALLEE, 'lead_webhook');
    const row = await rowOf(call.id);
    const driver = simulatedOf(t.deps);
    const body = { providerCallId: row?.providerCallId ?? '', status: 'answered' as const, at: new Date(start.getTime() + 3000).toISOString() };
    const url = '/api/v1/telephony/callbacks/simulated';
    const forged = await t.anonymous().post(url, body, { 'x-simulated-signature': 'f'.repeat(64) });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().code).toBe('invalid_signature');
    const ok = await t.anonymous().post(url, body, driver.sign(body));
    expect(ok.json()).toEqual({ received: true, changed: true });
    const replay = await t.anonymous().post(url, body, driver.sign(body));
    expect(replay.json()).toEqual({ received: true, changed: false });
    const stale = { ...body, status: 'ringing' as const };
    expect((await t.anonymous().post(url, stale, driver.sign(stale))).json()).toEqual({ received: true, changed: false });
    expect((await rowOf(call.id))?.status).toBe('answered');
    const bad = await t.anonymous().post(url, { ...body, providerCallId: 'x\u0000' }, driver.sign(body));
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
  });
});
