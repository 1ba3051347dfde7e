import type { Employee, EmployeeListQuery } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, exists, gt, ilike, inArray, lte, ne, not, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { offsetOf, type Page } from '../../../platform/http/pagination.js';
import { users } from '../../accounts/index.js';
import { deliveryDepartments, deliveryEmployees, deliveryLeaves } from '../delivery.tables.js';
import { departmentBranch } from './departments.service.js';
import { currentLeave, workStatus } from './employee-rules.js';
import { employeeLoads } from '../engine/index.js';

/*
 * Reading employees: the profile joined with its sub-account, department, live open load and
 * the leave covering now. Deleted sub-accounts are gone from every list.
 */

const ownLive = (sellerId: string) => and(eq(deliveryEmployees.providerSellerId, sellerId), ne(users.status, 'deleted'));

function onLeaveAt(db: Db, now: Date): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(deliveryLeaves)
      .where(and(eq(deliveryLeaves.userId, deliveryEmployees.userId), lte(deliveryLeaves.startsAt, now), gt(deliveryLeaves.endsAt, now))),
  );
}

async function filterOf(db: Db, sellerId: string, q: EmployeeListQuery, now: Date): Promise<SQL | undefined> {
  const branch = q.departmentId ? await departmentBranch(db, sellerId, q.departmentId) : null;
  const leave = onLeaveAt(db, now);
  const status =
    q.status === 'on_leave'
      ? leave
      : q.status === 'paused'
        ? and(eq(deliveryEmployees.accepting, false), not(leave))
        : q.status === 'accepting'
          ? and(eq(deliveryEmployees.accepting, true), not(leave))
          : undefined;
  return and(
    ownLive(sellerId),
    branch ? inArray(deliveryEmployees.departmentId, branch) : undefined,
    q.role ? sql`${deliveryEmployees.roles} @> ${JSON.stringify([q.role])}::jsonb` : undefined,
    q.q ? or(ilike(users.loginName, `%${q.q}%`), ilike(users.displayName, `%${q.q}%`), ilike(users.phone, `%${q.q}%`)) : undefined,
    status,
  );
}

export async function listEmployees(db: Db, sellerId: string, q: EmployeeListQuery, now: Date): Promise<Page<Employee>> {
  const where = await filterOf(db, sellerId, q, now);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(deliveryEmployees)
    .innerJoin(users, eq(users.id, deliveryEmployees.userId))
    .where(where);
  const rows = await db
    .select({ userId: deliveryEmployees.userId })
    .from(deliveryEmployees)
    .innerJoin(users, eq(users.id, deliveryEmployees.userId))
    .where(where)
    .orderBy(desc(deliveryEmployees.createdAt), asc(deliveryEmployees.userId))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return {
    items: await loadEmployees(
      db,
      rows.map((r) => r.userId),
      now,
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Employees by id, in the given order (ids without a live profile are skipped). */
export async function loadEmployees(db: Db, ids: readonly string[], now: Date): Promise<Employee[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      userId: deliveryEmployees.userId,
      loginName: users.loginName,
      displayName: users.displayName,
      email: users.email,
      phone: users.phone,
      status: users.status,
      departmentId: deliveryEmployees.departmentId,
      departmentName: deliveryDepartments.name,
      roles: deliveryEmployees.roles,
      tags: deliveryEmployees.tags,
      maxOpen: deliveryEmployees.maxOpen,
      accepting: deliveryEmployees.accepting,
      createdAt: deliveryEmployees.createdAt,
    })
    .from(deliveryEmployees)
    .innerJoin(users, eq(users.id, deliveryEmployees.userId))
    .leftJoin(deliveryDepartments, eq(deliveryDepartments.id, deliveryEmployees.departmentId))
    .where(and(inArray(deliveryEmployees.userId, [...ids]), ne(users.status, 'deleted')));
  const leaves = await db
    .select({ userId: deliveryLeaves.userId, startsAt: deliveryLeaves.startsAt, endsAt: deliveryLeaves.endsAt })
    .from(deliveryLeaves)
    .where(and(inArray(deliveryLeaves.userId, [...ids]), lte(deliveryLeaves.startsAt, now), gt(deliveryLeaves.endsAt, now)));
  const loads = await employeeLoads(db, ids);
  const byId = new Map(rows.map((r) => [r.userId, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const leave = currentLeave(
      leaves.filter((l) => l.userId === id),
      now,
    );
    const { status, ...rest } = r;
    return [
      {
        ...rest,
        accountStatus: status === 'disabled' ? ('disabled' as const) : ('active' as const),
        load: loads.get(id) ?? 0,
        onLeaveUntil: leave?.endsAt.toISOString() ?? null,
        workStatus: workStatus(r.accepting, leave !== null),
        createdAt: r.createdAt.toISOString(),
      },
    ];
  });
}

/** This provider's employee, else 404. */
export async function getEmployee(db: Db, sellerId: string, userId: string, now: Date): Promise<Employee> {
  const e = await findEmployee(db, sellerId, userId, now);
  if (!e) throw notFound('employee');
  return e;
}

/** getEmployee, null for an account that is not this provider's employee. */
export async function findEmployee(db: Db, sellerId: string, userId: string, now: Date): Promise<Employee | null> {
  if (!(await ownEmployeeRow(db, sellerId, userId, false))) return null;
  const [e] = await loadEmployees(db, [userId], now);
  return e ?? null;
}

/**
 * The employee's profile row of this provider, else 404. `lock` takes it FOR UPDATE: the
 * assigner locks the same rows, so checks on load or leave cannot race an assignment.
 */
export async function assertOwnEmployee(db: Db, sellerId: string, userId: string, lock = false): Promise<void> {
  if (!(await ownEmployeeRow(db, sellerId, userId, lock))) throw notFound('employee');
}

async function ownEmployeeRow(db: Db, sellerId: string, userId: string, lock: boolean): Promise<boolean> {
  const q = db
    .select({ userId: deliveryEmployees.userId })
    .from(deliveryEmployees)
    .innerJoin(users, eq(users.id, deliveryEmployees.userId))
    .where(and(eq(deliveryEmployees.userId, userId), ownLive(sellerId)));
  const [row] = lock ? await q.for('update', { of: deliveryEmployees }) : await q;
  return row !== undefined;
}
