import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { deliveryEmployees } from './delivery.tables.js';
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
 * Pick an available employee (accepting, max > 0, not on leave now) of a role, inside the
 * caller's transaction. The candidates' rows are locked FOR UPDATE in user-id order (a
 * fixed order, so two assigners never deadlock) and their loads are counted after the lock:
 * concurrent assignments to the same people queue up and each sees the others' results.
 */
export async function chooseEmployee(tx: Db, q: AssignQuery, random: Random): Promise<string | null> {
  const rows = await tx
    .select({ userId: deliveryEmployees.userId, departmentId: deliveryEmployees.departmentId, maxOpen: deliveryEmployees.maxOpen })
    .from(deliveryEmployees)
    .where(
      and(
        eq(deliveryEmployees.providerSellerId, q.providerSellerId),
        sql`${deliveryEmployees.roles} @> ${JSON.stringify([q.role])}::jsonb`,
        eq(deliveryEmployees.accepting, true),
        sql`${deliveryEmployees.maxOpen} > 0`,
        sql`not exists (select 1 from delivery_leaves l where l.user_id = ${deliveryEmployees.userId} and l.starts_at <= ${q.now.toISOString()} and l.ends_at > ${q.now.toISOString()})`,
      ),
    )
    .orderBy(asc(deliveryEmployees.userId))
    .for('update');
  if (rows.length === 0) return null;
  const loads = await employeeLoads(
    tx,
    rows.map((r) => r.userId),
  );
  return pickWithRule(
    rows.map((r) => ({ ...r, load: loads.get(r.userId) ?? 0 })),
    q.departmentId,
    random,
  );
}

/** Whether one employee may take one more project of `role` now (change-operator's check). */
export async function canTakeMore(tx: Db, q: { providerSellerId: string; role: string; userId: string; now: Date }): Promise<boolean> {
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
