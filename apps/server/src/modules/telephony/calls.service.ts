import type { Call } from '@cloudmart/contracts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { HOUR } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { driverOf } from './drivers.js';
import { maskPhone } from './phone-mask.js';
import { TelephonyError, type CallEvent, type TelephonyDriver } from './telephony.driver.js';
import type { PlaceCallInput } from './telephony.port.js';
import { calls } from './telephony.tables.js';

type CallRow = typeof calls.$inferSelect;
type CallStatus = CallRow['status'];

/** A binding outlives any sensible call; the provider frees the number at this limit at the latest. */
const BINDING_TTL = HOUR;

/** Status order: a callback moves a call forward only, so late or replayed callbacks change nothing. */
const RANK: Record<CallStatus, number> = { dialing: 0, ringing: 1, answered: 2, ended: 3, failed: 3 };
export const liveCallStatuses = ['dialing', 'ringing', 'answered'] as const satisfies readonly CallStatus[];

/**
 * 双呼: bind the caller's and the callee's numbers to a fresh virtual number, ring the caller,
 * and keep a record of the call — who, about what, X and the caller's masked number. The
 * callee's real number goes to the driver only. The status then follows the provider's callbacks.
 */
export async function placeCall(deps: Pick<Deps, 'db' | 'clock' | 'config'>, input: PlaceCallInput): Promise<Call> {
  const driver = driverOf(deps);
  const now = deps.clock.now();
  let started: { bindingId: string; virtualNumber: string; providerCallId: string };
  try {
    const binding = await driver.bind({ callerPhone: input.callerPhone, calleePhone: input.calleePhone, expiresAt: new Date(now.getTime() + BINDING_TTL) });
    const { providerCallId } = await driver.startCall(binding);
    started = { ...binding, providerCallId };
  } catch (err) {
    if (err instanceof TelephonyError) throw new DomainError('call_failed', err.message);
    throw err;
  }
  const [row] = await deps.db
    .insert(calls)
    .values({
      id: newId('call', now),
      sellerId: input.sellerId,
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      callerId: input.callerId,
      callerPhoneMasked: maskPhone(input.callerPhone),
      virtualNumber: started.virtualNumber,
      driver: driver.name,
      providerCallId: started.providerCallId,
      status: 'dialing',
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('call insert returned nothing');
  const [view] = await viewsOf(deps.db, [row]);
  if (!view) throw new Error('call view missing');
  return view;
}

/**
 * A provider's status callback, verified by its driver and applied in one transaction: the
 * webhook route and the simulated provider's sweep both come through here. Replays and
 * out-of-order callbacks are no-ops. Returns whether the call changed.
 */
export async function handleCallback(
  deps: Pick<Deps, 'db'>,
  driver: TelephonyDriver,
  headers: Record<string, string | string[] | undefined>,
  body: unknown,
): Promise<{ changed: boolean }> {
  const event = driver.parseCallback(headers, body);
  const after = await deps.db.transaction((tx) => applyCallEvent(tx, driver.name, event));
  if (after && (after.status === 'ended' || after.status === 'failed')) {
    // the binding's number goes back to the pool; a failure here only delays that until BINDING_TTL
    await driver.unbind({ bindingId: after.providerCallId, virtualNumber: after.virtualNumber }).catch(() => undefined);
  }
  return { changed: after !== null };
}

/** Moves the call forward to the event's status; null when the event is stale or a replay. */
export async function applyCallEvent(tx: Db, driverName: string, e: CallEvent): Promise<CallRow | null> {
  const [call] = await tx
    .select()
    .from(calls)
    .where(and(eq(calls.driver, driverName), eq(calls.providerCallId, e.providerCallId)))
    .for('update');
  if (!call) throw new DomainError('not_found', 'call not found');
  if (RANK[e.status] <= RANK[call.status]) return null;
  const set: Partial<CallRow> = { status: e.status };
  if (e.status === 'answered') set.answeredAt = e.at;
  if (e.status === 'ended') {
    set.endedAt = e.at;
    set.outcome = 'answered';
    set.answeredAt = call.answeredAt ?? e.at;
    set.durationSec = e.durationSec ?? (call.answeredAt ? Math.max(0, Math.round((e.at.getTime() - call.answeredAt.getTime()) / 1000)) : 0);
  }
  if (e.status === 'failed') {
    set.endedAt = e.at;
    set.outcome = e.outcome ?? 'failed';
    set.durationSec = 0;
  }
  const [updated] = await tx.update(calls).set(set).where(eq(calls.id, call.id)).returning();
  return updated ?? null;
}

/** The calls about one subject (a lead, a customer), newest first. */
export async function callsOf(db: Db, subjectKind: PlaceCallInput['subjectKind'], subjectId: string): Promise<Call[]> {
  const rows = await db
    .select()
    .from(calls)
    .where(and(eq(calls.subjectKind, subjectKind), eq(calls.subjectId, subjectId)))
    .orderBy(desc(calls.createdAt), desc(calls.id));
  return viewsOf(db, rows);
}

/** The id of the latest call this user placed about the subject, if any ("呼叫结束后必须填写沟通小记"). */
export async function latestCallIdBy(db: Db, subjectKind: PlaceCallInput['subjectKind'], subjectId: string, callerId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.subjectKind, subjectKind), eq(calls.subjectId, subjectId), eq(calls.callerId, callerId)))
    .orderBy(desc(calls.createdAt), desc(calls.id))
    .limit(1);
  return row?.id ?? null;
}

/** Whether a call id belongs to the subject (a note may only cite a call about its own lead). */
export async function callBelongsTo(db: Db, callId: string, subjectKind: PlaceCallInput['subjectKind'], subjectId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.id, callId), eq(calls.subjectKind, subjectKind), eq(calls.subjectId, subjectId)));
  return !!row;
}

async function viewsOf(db: Db, rows: CallRow[]): Promise<Call[]> {
  if (rows.length === 0) return [];
  const names = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...new Set(rows.map((r) => r.callerId))]));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((r) => ({
    id: r.id,
    callerName: nameOf.get(r.callerId) ?? '',
    callerPhoneMasked: r.callerPhoneMasked,
    virtualNumber: r.virtualNumber,
    status: r.status,
    outcome: r.outcome,
    durationSec: r.durationSec,
    createdAt: r.createdAt.toISOString(),
    endedAt: r.endedAt?.toISOString() ?? null,
  }));
}
