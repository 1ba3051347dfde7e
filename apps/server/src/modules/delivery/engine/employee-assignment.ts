import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { rowsOf } from '../../../platform/scheduler.js';
import type { Random } from './provider-assignment.js';

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
 * Per provider rather than per role, because one employee may hold several roles. It is
 * its own statement: a statement's snapshot is taken before it runs, so only a query issued
 * after the lock is granted sees what the previous holder committed.
 */
export async function lockProviderAssignments(tx: Db, providerSellerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`delivery.assign:${providerSellerId}`}))`);
}

/**
 * `load.n`: the live open load of the employee `e` — the active assignments, counted
 * index-only over the partial index (see load.ts). Joined after `from delivery_employees e`.
 */
export const liveLoadJoin = sql`cross join lateral (select count(*)::int as n from delivery_assignments a where a.user_id = e.user_id and a.released_at is null) load`;

/** The employee `e` (with `load`) may be given work now: accepting, a capacity above 0 with room left, not on leave. */
export function canWorkNow(at: Date): SQL {
  const now = at.toISOString();
  return sql`(e.accepting and e.max_open > 0 and load.n < e.max_open
    and not exists (select 1 from delivery_leaves v where v.user_id = e.user_id and v.starts_at <= ${now} and v.ends_at > ${now}))`;
}

/** The provider's employees `e` holding `role` who may be given work now (the queue page counts them the same way). */
function availableEmployees(q: { providerSellerId: string; role: string; now: Date }, extra: SQL = sql``): SQL {
  return sql`from delivery_employees e ${liveLoadJoin}
    where e.provider_seller_id = ${q.providerSellerId}
      and e.roles @> ${JSON.stringify([q.role])}::jsonb
      and ${canWorkNow(q.now)}
      ${extra}`;
}

/**
 * The assign-order rule (guide 5.2.2 分单规则), decided in one statement: among available
 * employees, the claiming department's first when department-first applies, then the lowest
 * open/max ratio, equal ratios broken at random. The ratio is a double: equal fractions
 * (1/5, 2/10) divide to the same double, so they tie exactly. The random tie-break orders
 * by a hash of the user id salted with one draw of `random` (hashtext, the hash the
 * advisory locks use; md5 cost a sixth of the statement), which shuffles the tied
 * uniformly and stays repeatable under a seeded generator. Null when all are full.
 *
 * Runs under the provider's assignment lock, so concurrent assigners queue up and each
 * counts the others' results. Deleting an employee takes the same lock (employees.service),
 * so nobody is given work while being deleted — without a row lock on the chosen employee,
 * which cost a third of this statement.
 */
export async function chooseEmployee(tx: Db, q: AssignQuery, random: Random): Promise<string | null> {
  await lockProviderAssignments(tx, q.providerSellerId);
  const salt = random().toString(36);
  const result = await tx.execute(sql`select e.user_id as "userId" ${availableEmployees(q)}
    order by case when e.department_id = ${q.departmentId} then 0 else 1 end,
      load.n::float8 / e.max_open,
      hashtext(e.user_id || ${salt})
    limit 1`);
  return rowsOf<{ userId: string }>(result)[0]?.userId ?? null;
}

/** Whether one employee may take one more project of `role` now (change-operator's check). */
export async function canTakeMore(tx: Db, q: { providerSellerId: string; role: string; userId: string; now: Date }): Promise<boolean> {
  await lockProviderAssignments(tx, q.providerSellerId);
  const result = await tx.execute(sql`select e.user_id as "userId" ${availableEmployees(q, sql`and e.user_id = ${q.userId}`)}`);
  return rowsOf(result).length > 0;
}
