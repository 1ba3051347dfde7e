import type { PermissionGroup } from '@cloudmart/contracts';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { groupMembers, groupPermissions, permissionGroups, users } from './accounts.tables.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Granter } from './grant-rules.js';
import { assertGrant, membersOfGroup } from './grants.js';

type D = Pick<Deps, 'db' | 'clock'>;

export async function listGroups(db: Db, sellerId: string, onlyIds?: readonly string[]): Promise<PermissionGroup[]> {
  const groups = await db
    .select()
    .from(permissionGroups)
    .where(and(eq(permissionGroups.sellerId, sellerId), onlyIds ? inArray(permissionGroups.id, [...onlyIds]) : undefined))
    .orderBy(asc(permissionGroups.createdAt), asc(permissionGroups.id));
  if (groups.length === 0) return [];
  const ids = groups.map((g) => g.id);
  const perms = await db.select().from(groupPermissions).where(inArray(groupPermissions.groupId, ids)).orderBy(asc(groupPermissions.permission));
  const members = await db
    .select({ groupId: groupMembers.groupId, id: users.id, loginName: users.loginName, displayName: users.displayName })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(and(inArray(groupMembers.groupId, ids), ne(users.status, 'deleted')))
    .orderBy(asc(users.loginName));
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    createdAt: g.createdAt.toISOString(),
    permissions: perms.filter((p) => p.groupId === g.id).map((p) => p.permission),
    members: members.filter((m) => m.groupId === g.id).map(({ id, loginName, displayName }) => ({ id, loginName, displayName })),
  }));
}

async function getGroup(db: Db, sellerId: string, id: string): Promise<PermissionGroup> {
  const [g] = await listGroups(db, sellerId, [id]);
  if (!g) throw notFound('permission group');
  return g;
}

function nameTaken(err: unknown, name: string): never {
  if (isUniqueViolation(err)) throw new DomainError('name_taken', `a group named ${name} exists`, { errors: [{ field: 'body.name', message: 'taken' }] });
  throw err;
}

export async function createGroup(deps: D, by: Granter, sellerId: string, body: { name: string; description?: string; permissions: string[] }) {
  assertGrant(by, body.permissions);
  const now = deps.clock.now();
  const id = newId('grp', now);
  try {
    await deps.db.transaction(async (tx) => {
      await tx.insert(permissionGroups).values({ id, sellerId, name: body.name, description: body.description ?? null, createdAt: now });
      const perms = [...new Set(body.permissions)];
      if (perms.length) await tx.insert(groupPermissions).values(perms.map((permission) => ({ groupId: id, permission })));
    });
  } catch (err) {
    nameTaken(err, body.name);
  }
  return getGroup(deps.db, sellerId, id);
}

export async function updateGroup(
  deps: D,
  by: Granter,
  sellerId: string,
  id: string,
  body: { name?: string; description?: string | null; permissions?: string[] },
): Promise<PermissionGroup> {
  const group = await getGroup(deps.db, sellerId, id);
  // the new permissions go to every member: a sub-account must hold them, and not be a member itself
  if (body.permissions)
    assertGrant(
      by,
      body.permissions,
      group.members.map((m) => m.id),
    );
  try {
    await deps.db.transaction(async (tx) => {
      const set = Object.fromEntries(Object.entries({ name: body.name, description: body.description }).filter(([, v]) => v !== undefined));
      if (Object.keys(set).length) await tx.update(permissionGroups).set(set).where(eq(permissionGroups.id, id));
      if (body.permissions) {
        // grants take effect on the members' next request: permissions are read per request
        await tx.delete(groupPermissions).where(eq(groupPermissions.groupId, id));
        const perms = [...new Set(body.permissions)];
        if (perms.length) await tx.insert(groupPermissions).values(perms.map((permission) => ({ groupId: id, permission })));
      }
    });
  } catch (err) {
    nameTaken(err, body.name ?? '');
  }
  return getGroup(deps.db, sellerId, id);
}

export async function deleteGroup(deps: D, sellerId: string, id: string): Promise<void> {
  await getGroup(deps.db, sellerId, id);
  await deps.db.delete(permissionGroups).where(and(eq(permissionGroups.id, id), eq(permissionGroups.sellerId, sellerId)));
}

/** Members must be the seller's own live sub-accounts (the main account needs no group). */
export async function setGroupMembers(deps: D, by: Granter, sellerId: string, id: string, userIds: string[]): Promise<PermissionGroup> {
  const group = await getGroup(deps.db, sellerId, id);
  const wanted = [...new Set(userIds)];
  const current = await membersOfGroup(deps.db, id);
  // whoever joins gains the group's permissions; a sub-account never moves itself in or out
  const changed = [...wanted.filter((u) => !current.includes(u)), ...current.filter((u) => !wanted.includes(u))];
  if (changed.includes(by.userId)) assertGrant(by, [], [by.userId]);
  const joining = wanted.filter((u) => !current.includes(u));
  if (joining.length) assertGrant(by, group.permissions, joining);
  if (wanted.length) {
    const own = await deps.db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, wanted), eq(users.sellerId, sellerId), eq(users.isMain, false), ne(users.status, 'deleted')));
    if (own.length !== wanted.length) throw notFound('sub-account');
  }
  await deps.db.transaction(async (tx) => {
    await tx.delete(groupMembers).where(eq(groupMembers.groupId, id));
    if (wanted.length) await tx.insert(groupMembers).values(wanted.map((userId) => ({ groupId: id, userId })));
  });
  return getGroup(deps.db, sellerId, id);
}
