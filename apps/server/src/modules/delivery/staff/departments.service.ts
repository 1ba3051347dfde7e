import type { Department } from '@cloudmart/contracts';
import { and, asc, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import type { Deps } from '../../../platform/module.js';
import { deliveryDepartments, deliveryEmployees } from '../delivery.tables.js';

/*
 * A provider's department tree (guide 5.4.2 部门树). Rows carry their parent; the web app
 * builds the tree. Names are unique among siblings; a department is deleted only when empty.
 */

type D = Pick<Deps, 'db' | 'clock'>;

interface DepartmentRow {
  id: string;
  parentId: string | null;
  name: string;
}

async function departmentsOf(db: Db, sellerId: string): Promise<DepartmentRow[]> {
  return db
    .select({ id: deliveryDepartments.id, parentId: deliveryDepartments.parentId, name: deliveryDepartments.name })
    .from(deliveryDepartments)
    .where(eq(deliveryDepartments.providerSellerId, sellerId));
}

/** A department of this provider, else 404 (another seller's id is simply unknown here). */
export async function assertOwnDepartment(db: Db, sellerId: string, id: string): Promise<DepartmentRow> {
  const [row] = await db
    .select({ id: deliveryDepartments.id, parentId: deliveryDepartments.parentId, name: deliveryDepartments.name })
    .from(deliveryDepartments)
    .where(and(eq(deliveryDepartments.id, id), eq(deliveryDepartments.providerSellerId, sellerId)));
  if (!row) throw notFound('department');
  return row;
}

/** The department and all below it: listing employees of a parent shows its whole branch. */
export async function departmentBranch(db: Db, sellerId: string, id: string): Promise<string[]> {
  const all = await departmentsOf(db, sellerId);
  const branch = [id];
  for (let i = 0; i < branch.length; i++) {
    for (const d of all) if (d.parentId === branch[i]) branch.push(d.id);
  }
  return branch;
}

export async function listDepartments(db: Db, sellerId: string): Promise<Department[]> {
  const rows = await db
    .select({ id: deliveryDepartments.id, parentId: deliveryDepartments.parentId, name: deliveryDepartments.name, createdAt: deliveryDepartments.createdAt })
    .from(deliveryDepartments)
    .where(eq(deliveryDepartments.providerSellerId, sellerId))
    .orderBy(asc(deliveryDepartments.name), asc(deliveryDepartments.id));
  const counts = rows.length
    ? await db
        .select({ departmentId: deliveryEmployees.departmentId, n: count() })
        .from(deliveryEmployees)
        .where(
          inArray(
            deliveryEmployees.departmentId,
            rows.map((r) => r.id),
          ),
        )
        .groupBy(deliveryEmployees.departmentId)
    : [];
  const byId = new Map(counts.map((c) => [c.departmentId, Number(c.n)]));
  return rows.map((r) => ({ ...r, employees: byId.get(r.id) ?? 0, createdAt: r.createdAt.toISOString() }));
}

async function assertNameFree(db: Db, sellerId: string, parentId: string | null, name: string, except?: string): Promise<void> {
  const [clash] = await db
    .select({ id: deliveryDepartments.id })
    .from(deliveryDepartments)
    .where(
      and(
        eq(deliveryDepartments.providerSellerId, sellerId),
        parentId ? eq(deliveryDepartments.parentId, parentId) : isNull(deliveryDepartments.parentId),
        eq(deliveryDepartments.name, name),
        except ? ne(deliveryDepartments.id, except) : undefined,
      ),
    );
  if (clash) throw new DomainError('name_taken', `a department named ${name} already exists there`);
}

/**
 * The service check names the clash in the common case; the unique index
 * (delivery_departments_name_uq) settles two concurrent creates or renames to one name.
 */
async function nameGuarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'delivery_departments_name_uq')) throw new DomainError('name_taken', 'a department of that name already exists there');
    throw err;
  }
}

async function getDepartment(db: Db, sellerId: string, id: string): Promise<Department> {
  const d = (await listDepartments(db, sellerId)).find((x) => x.id === id);
  if (!d) throw notFound('department');
  return d;
}

export async function createDepartment(deps: D, sellerId: string, body: { name: string; parentId?: string | null }): Promise<Department> {
  const parentId = body.parentId ?? null;
  const now = deps.clock.now();
  const id = newId('dep', now);
  await nameGuarded(() =>
    deps.db.transaction(async (tx) => {
      if (parentId) await assertOwnDepartment(tx, sellerId, parentId);
      await assertNameFree(tx, sellerId, parentId, body.name);
      await tx.insert(deliveryDepartments).values({ id, providerSellerId: sellerId, parentId, name: body.name, createdAt: now });
    }),
  );
  return getDepartment(deps.db, sellerId, id);
}

/** Rename and/or move; a department cannot move below itself or one of its descendants. */
export async function updateDepartment(deps: D, sellerId: string, id: string, patch: { name?: string; parentId?: string | null }): Promise<Department> {
  await nameGuarded(() =>
    deps.db.transaction(async (tx) => {
      const current = await assertOwnDepartment(tx, sellerId, id);
      const parentId = patch.parentId === undefined ? current.parentId : patch.parentId;
      const name = patch.name ?? current.name;
      if (parentId) {
        await assertOwnDepartment(tx, sellerId, parentId);
        if ((await departmentBranch(tx, sellerId, id)).includes(parentId)) throw new DomainError('department_cycle', 'a department cannot move below itself');
      }
      await assertNameFree(tx, sellerId, parentId, name, id);
      await tx.update(deliveryDepartments).set({ name, parentId }).where(eq(deliveryDepartments.id, id));
    }),
  );
  return getDepartment(deps.db, sellerId, id);
}

export async function deleteDepartment(deps: D, sellerId: string, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await assertOwnDepartment(tx, sellerId, id);
    const [child] = await tx.select({ id: deliveryDepartments.id }).from(deliveryDepartments).where(eq(deliveryDepartments.parentId, id)).limit(1);
    if (child) throw new DomainError('department_not_empty', 'the department still has sub-departments');
    const [member] = await tx.select({ userId: deliveryEmployees.userId }).from(deliveryEmployees).where(eq(deliveryEmployees.departmentId, id)).limit(1);
    if (member) throw new DomainError('department_not_empty', 'the department still has employees');
    await tx.delete(deliveryDepartments).where(eq(deliveryDepartments.id, id));
  });
}
