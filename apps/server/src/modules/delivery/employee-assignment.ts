import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { deliveryAssignments, deliveryEmployees } from './delivery.tables.js';
import { employeeLoads } from './load.js';
import type { Random } from './provider-assignment.js';

export interface EmployeeCandidate {
  userId: string;
  departmentId: string | null;
  load: number;
  maxOpen: number;
}

/**
 * The assign-order rule (guide 5.2.2 分单规则): among employees with spare capacity, the one
 * with the lowest open/max ratio; equal ratios are broken at random. Null when all are full.
 * Ratios are compared as cross products, so 1/5 vs 2/10 is an exact tie.
 */
export function pickEmployee(candidates: readonly EmployeeCandidate[], random: Random): string | null {
  const open = candidates.filter((c) => c.maxOpen > 0 && c.load < c.maxOpen);
  if (open.length === 0) return null;
  let best: EmployeeCandidate[] = [];
  for (const c of open) {
    const head = best[0];
    const cmp = head ? c.load * head.maxOpen - head.load * c.maxOpen : -1;
    if (cmp < 0) best = [c];
    else if (cmp === 0) best.push(c);
  }
  return best[Math.min(best.length - 1, Math.floor(random() * best.length))]?.userId ?? null;
}

/** department_first: try the claiming manager's department, then the whole provider. */
export function pickWithRule(candidates: readonly EmployeeCandidate[], departmentId: string | null, random: Random): string | null {
  if (departmentId) {
    const inDepartment = pickEmployee(
      candidates.filter((c) => c.departmentId === departmentId),
      random,
    );
    if (inDepartment) return inDepartment;
  }
  return pickEmployee(candidates, random);
}

export interface AssignQuery {
  providerSellerId: string;
  role: string;
  /** set for department_first with a claiming manager's department */
  departmentId: string | null;
  now: Date;
}

/**
 * Assignments of one provider are decided one at a time: a transaction-scoped advisory
 * lock on the provider (one lock, not one row lock per candidate — locking every candidate
 * row wrote to each of them and cost ~10× more at 1,000 employees; see bench/assignment.ts).
 * Per provider rather than per role, because one employee may hold several roles.
 */
export async function lockProviderAssignments(tx: Db, providerSellerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`delivery.assign:${providerSellerId}`}))`);
}

/**
 * Pick an available employee (accepting, max > 0, not on leave now) of a role, inside the
 * caller's transaction. Under the provider's assignment lock the candidates and their live
 * loads are read in one query, so concurrent assigners queue up and each sees the others'
 * results; the chosen employee's row is then locked FOR UPDATE, which serialises the pick
 * with an edit or deletion of that employee.
 */
export async function chooseEmployee(tx: Db, q: AssignQuery, random: Random): Promise<string | null> {
  await lockProviderAssignments(tx, q.providerSellerId);
  const now = q.now.toISOString();
  const rows = await tx
    .select({
      userId: deliveryEmployees.userId,
      departmentId: deliveryEmployees.departmentId,
      maxOpen: deliveryEmployees.maxOpen,
      // an index-only count over the partial index of active assignments (see load.ts)
      load: count(deliveryAssignments.userId),
    })
    .from(deliveryEmployees)
    .leftJoin(deliveryAssignments, and(eq(deliveryAssignments.userId, deliveryEmployees.userId), isNull(deliveryAssignments.releasedAt)))
    .where(
      and(
        eq(deliveryEmployees.providerSellerId, q.providerSellerId),
        sql`${deliveryEmployees.roles} @> ${JSON.stringify([q.role])}::jsonb`,
        eq(deliveryEmployees.accepting, true),
        sql`${deliveryEmployees.maxOpen} > 0`,
        sql`not exists (select 1 from delivery_leaves l where l.user_id = ${deliveryEmployees.userId} and l.starts_at <= ${now} and l.ends_at > ${now})`,
      ),
    )
    .groupBy(deliveryEmployees.userId)
    .orderBy(asc(deliveryEmployees.userId));
  const chosen = pickWithRule(rows, q.departmentId, random);

  if (!chosen) return null;
  const [locked] = await tx.select({ userId: deliveryEmployees.userId }).from(deliveryEmployees).where(eq(deliveryEmployees.userId, chosen)).for('update');
  return locked ? chosen : null;
}

/** Whether one employee may take one more project of `role` now (change-operator's check). */
export async function canTakeMore(tx: Db, q: { providerSellerId: string; role: string; userId: string; now: Date }): Promise<boolean> {
  await lockProviderAssignments(tx, q.providerSellerId);
  const rows = await tx
    .select({ userId: deliveryEmployees.userId, maxOpen: deliveryEmployees.maxOpen })
    .from(deliveryEmployees)
    .where(
      and(
        eq(deliveryEmployees.userId, q.userId),
        eq(deliveryEmployees.providerSellerId, q.providerSellerId),
        sql`${deliveryEmployees.roles} @> ${JSON.stringify([q.role])}::jsonb`,
        eq(deliveryEmployees.accepting, true),
        sql`not exists (select 1 from delivery_leaves l where l.user_id = ${deliveryEmployees.userId} and l.starts_at <= ${q.now.toISOString()} and l.ends_at > ${q.now.toISOString()})`,
      ),
    )
    .for('update');
  const row = rows[0];
  if (!row) return false;
  const load = (await employeeLoads(tx, [row.userId])).get(row.userId) ?? 0;
  return load < row.maxOpen;
}
