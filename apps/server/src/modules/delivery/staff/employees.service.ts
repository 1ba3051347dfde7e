import type { CreateEmployee, Employee, UpdateEmployee } from '@cloudmart/contracts';
import { and, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { createSubAccount, deleteSubAccount, resetSubAccountPassword, updateSubAccount, users } from '../../accounts/index.js';
import { deliveryAssignments, deliveryEmployees, deliveryLeaves, deliveryProjects } from '../delivery.tables.js';
import { assertOwnDepartment } from './departments.service.js';
import { assertOwnEmployee, getEmployee } from './employees.queries.js';
import { lockProviderAssignments, OPEN_PROJECT_STATUSES } from '../engine/index.js';

/*
 * Employees are seller sub-accounts (accounts module) with a delivery profile row: roles,
 * department, capacity, tags, accepting (guide 5.4.2–5.4.3). Account and profile are written
 * in one transaction, so neither exists without the other.
 */

type D = Pick<Deps, 'db' | 'clock' | 'config'>;

export async function createEmployee(deps: D, actor: Actor, sellerId: string, body: CreateEmployee): Promise<{ employee: Employee; initialPassword: string }> {
  const now = deps.clock.now();
  const created = await deps.db.transaction(async (tx) => {
    const { subAccount, initialPassword } = await createSubAccount(
      deps,
      actor,
      sellerId,
      { name: body.loginName, displayName: body.displayName, ...(body.email ? { email: body.email } : {}), ...(body.phone ? { phone: body.phone } : {}) },
      tx,
    );
    // any failure from here on undoes the account as well (one transaction)
    if (body.departmentId) await assertOwnDepartment(tx, sellerId, body.departmentId);
    await insertProfile(tx, subAccount.id, sellerId, body, now);
    return { userId: subAccount.id, initialPassword };
  });
  return { employee: await getEmployee(deps.db, sellerId, created.userId, now), initialPassword: created.initialPassword };
}

type ProfileBody = { departmentId?: string | undefined; roles: CreateEmployee['roles']; maxOpen: number; tags: string[] };

/** An account's delivery profile, accepting work from the start. */
async function insertProfile(tx: Db, userId: string, sellerId: string, body: ProfileBody, now: Date): Promise<void> {
  await tx.insert(deliveryEmployees).values({
    userId,
    providerSellerId: sellerId,
    departmentId: body.departmentId ?? null,
    roles: body.roles,
    maxOpen: body.maxOpen,
    tags: body.tags,
    accepting: true,
    createdAt: now,
  });
}

/** Give an existing account of this seller (a sub-account, or the main account itself) a delivery profile. */
export async function attachEmployee(deps: D, sellerId: string, userId: string, body: ProfileBody): Promise<Employee> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [u] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.sellerId, sellerId), ne(users.status, 'deleted')));
    if (!u) throw notFound('sub-account');
    if (body.departmentId) await assertOwnDepartment(tx, sellerId, body.departmentId);
    const [had] = await tx.select({ userId: deliveryEmployees.userId }).from(deliveryEmployees).where(eq(deliveryEmployees.userId, userId));
    if (had) throw new DomainError('conflict', 'this account is already an employee');
    await insertProfile(tx, userId, sellerId, body, now);
  });
  return getEmployee(deps.db, sellerId, userId, now);
}

export async function updateEmployee(deps: D, sellerId: string, userId: string, patch: UpdateEmployee): Promise<Employee> {
  const { displayName, email, phone, ...profile } = patch;
  await deps.db.transaction(async (tx) => {
    await assertOwnEmployee(tx, sellerId, userId, true);
    if (profile.departmentId) await assertOwnDepartment(tx, sellerId, profile.departmentId);
    const set = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length) await tx.update(deliveryEmployees).set(set).where(eq(deliveryEmployees.userId, userId));
    const account = Object.fromEntries(Object.entries({ displayName, email, phone }).filter(([, v]) => v !== undefined));
    if (Object.keys(account).length) {
      // the main account may carry a profile too; its own details are edited in its account settings
      if (await isMainAccount(tx, userId)) throw new DomainError('main_account_protected', 'edit the main account in its own settings');
      await updateSubAccount(deps, sellerId, userId, account, tx);
    }
  });
  return getEmployee(deps.db, sellerId, userId, deps.clock.now());
}

/** 持单量设置: max open (0–50), tags and accepting, as in the guide's capacity dialog. */
export async function setEmployeeCapacity(
  deps: D,
  sellerId: string,
  userId: string,
  body: { maxOpen: number; tags?: string[] | undefined; accepting?: boolean | undefined },
): Promise<Employee> {
  return updateEmployee(deps, sellerId, userId, body);
}

export async function resetEmployeePassword(deps: D, sellerId: string, userId: string): Promise<{ employee: Employee; initialPassword: string }> {
  await assertOwnEmployee(deps.db, sellerId, userId);
  const { initialPassword } = await resetSubAccountPassword(deps, sellerId, userId);
  return { employee: await getEmployee(deps.db, sellerId, userId, deps.clock.now()), initialPassword };
}

async function isMainAccount(db: Db, userId: string): Promise<boolean> {
  const [u] = await db.select({ isMain: users.isMain }).from(users).where(eq(users.id, userId));
  return u?.isMain ?? false;
}

/** Open projects the employee operates now (active assignments on unfinished projects). */
async function activeAssignments(db: Db, userId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(deliveryAssignments)
    .innerJoin(deliveryProjects, eq(deliveryProjects.id, deliveryAssignments.projectId))
    .where(and(eq(deliveryAssignments.userId, userId), isNull(deliveryAssignments.releasedAt), inArray(deliveryProjects.status, [...OPEN_PROJECT_STATUSES])));
  return Number(r?.n ?? 0);
}

/**
 * Delete the employee's account (soft, as every sub-account) and profile. Refused while they
 * still operate open projects: the provider changes those operators first. Taken under the
 * provider's assignment lock, so no assignment to them can slip in between the check and
 * the delete.
 */
export async function deleteEmployee(deps: D, sellerId: string, userId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await lockProviderAssignments(tx, sellerId);
    await assertOwnEmployee(tx, sellerId, userId, true);
    const open = await activeAssignments(tx, userId);
    if (open > 0)
      throw new DomainError('employee_busy', `the employee still operates ${open} open project(s); change their operator first`, { openProjects: open });
    await tx.delete(deliveryLeaves).where(eq(deliveryLeaves.userId, userId));
    await tx.delete(deliveryEmployees).where(eq(deliveryEmployees.userId, userId));
    // a main account with a profile only loses the profile
    if (!(await isMainAccount(tx, userId))) await deleteSubAccount(deps, sellerId, userId, tx);
  });
}
