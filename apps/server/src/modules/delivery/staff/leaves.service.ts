import type { Employee, Leave } from '@cloudmart/contracts';
import { and, desc, eq, gt } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import type { Deps } from '../../../platform/module.js';
import { deliveryEmployees, deliveryLeaves } from '../delivery.tables.js';
import { overlaps } from './employee-rules.js';
import { assertOwnEmployee, findEmployee, getEmployee } from './employees.queries.js';

/*
 * Leave (guide 5.4.4): no auto-assignment while now ∈ [startsAt, endsAt). An employee's
 * periods never overlap. Ending a leave early ("switching it off") keeps the part already
 * taken; a leave not yet begun is simply removed. And the employee's own accepting switch.
 */

type D = Pick<Deps, 'db' | 'clock'>;

const leaveColumns = {
  id: deliveryLeaves.id,
  userId: deliveryLeaves.userId,
  startsAt: deliveryLeaves.startsAt,
  endsAt: deliveryLeaves.endsAt,
  reason: deliveryLeaves.reason,
  createdAt: deliveryLeaves.createdAt,
};

function toLeave(r: { id: string; userId: string; startsAt: Date; endsAt: Date; reason: string | null; createdAt: Date }): Leave {
  return { ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString(), createdAt: r.createdAt.toISOString() };
}

/** Newest first; with `from`, only the periods still running or to come. */
async function leavesOf(db: Db, userId: string, from?: Date): Promise<Leave[]> {
  const rows = await db
    .select(leaveColumns)
    .from(deliveryLeaves)
    .where(and(eq(deliveryLeaves.userId, userId), from ? gt(deliveryLeaves.endsAt, from) : undefined))
    .orderBy(desc(deliveryLeaves.startsAt))
    .limit(100);
  return rows.map(toLeave);
}

export async function listLeaves(db: Db, sellerId: string, userId: string): Promise<Leave[]> {
  await assertOwnEmployee(db, sellerId, userId);
  return leavesOf(db, userId);
}

export async function createLeave(
  deps: D,
  sellerId: string,
  userId: string,
  body: { startsAt: string; endsAt: string; reason?: string | undefined },
): Promise<Leave> {
  const period = { startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) };
  if (period.endsAt <= period.startsAt) throw new DomainError('validation_failed', 'the leave must end after it starts');
  const now = deps.clock.now();
  if (period.endsAt <= now) throw new DomainError('validation_failed', 'the leave has already ended');
  const id = newId('lve', now);
  await deps.db.transaction(async (tx) => {
    // the profile row lock serialises two leave requests for the same employee
    await assertOwnEmployee(tx, sellerId, userId, true);
    const others = await tx
      .select({ startsAt: deliveryLeaves.startsAt, endsAt: deliveryLeaves.endsAt })
      .from(deliveryLeaves)
      .where(eq(deliveryLeaves.userId, userId));
    if (others.some((o) => overlaps(o, period))) throw new DomainError('conflict', 'the employee already has leave in that period');
    await tx.insert(deliveryLeaves).values({ id, userId, ...period, reason: body.reason ?? null, createdAt: now });
  });
  const [row] = await deps.db.select(leaveColumns).from(deliveryLeaves).where(eq(deliveryLeaves.id, id));
  if (!row) throw notFound('leave');
  return toLeave(row);
}

/** End a current leave now, or remove one not yet begun; a past leave stays as history. */
export async function endLeave(deps: D, sellerId: string, userId: string, leaveId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await assertOwnEmployee(tx, sellerId, userId, true);
    const [l] = await tx
      .select({ startsAt: deliveryLeaves.startsAt, endsAt: deliveryLeaves.endsAt })
      .from(deliveryLeaves)
      .where(and(eq(deliveryLeaves.id, leaveId), eq(deliveryLeaves.userId, userId)));
    if (!l) throw notFound('leave');
    if (l.endsAt <= now) throw new DomainError('leave_over', 'the leave is already over');
    if (l.startsAt > now) await tx.delete(deliveryLeaves).where(eq(deliveryLeaves.id, leaveId));
    else await tx.update(deliveryLeaves).set({ endsAt: now }).where(eq(deliveryLeaves.id, leaveId));
  });
}

/* ---------- the employee themself ---------- */

function ownSeller(actor: Actor): string {
  if (!actor.sellerId) throw notFound('employee profile');
  return actor.sellerId;
}

/** The caller's profile and coming leave; `employee: null` (no leave) for a seller account without a delivery profile. */
export async function getMyProfile(deps: D, actor: Actor): Promise<{ employee: Employee | null; leaves: Leave[] }> {
  const now = deps.clock.now();
  const employee = await findEmployee(deps.db, ownSeller(actor), actor.userId, now);
  return { employee, leaves: employee ? await leavesOf(deps.db, actor.userId, now) : [] };
}

/** Employees pause and resume their own accepting of new work. */
export async function setMyAccepting(deps: D, actor: Actor, accepting: boolean): Promise<{ employee: Employee; leaves: Leave[] }> {
  const sellerId = ownSeller(actor);
  await deps.db.transaction(async (tx) => {
    await assertOwnEmployee(tx, sellerId, actor.userId, true);
    await tx.update(deliveryEmployees).set({ accepting }).where(eq(deliveryEmployees.userId, actor.userId));
  });
  const now = deps.clock.now();
  return { employee: await getEmployee(deps.db, sellerId, actor.userId, now), leaves: await leavesOf(deps.db, actor.userId, now) };
}
