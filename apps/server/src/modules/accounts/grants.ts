import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { groupMembers, groupPermissions } from './accounts.tables.js';
import { grantRefusal, type Granter } from './grant-rules.js';

/** Throws the refusal of grant-rules as a 403 naming the permission. */
export function assertGrant(by: Granter, permissions: Iterable<string>, toUserIds: readonly string[] = []): void {
  const refusal = grantRefusal(by, permissions, toUserIds);
  if (!refusal) return;
  if (refusal.code === 'grant_to_self') throw new DomainError('grant_to_self', 'a sub-account cannot change its own permissions');
  throw new DomainError('grant_exceeds_own', `a sub-account can grant only permissions it holds itself (${refusal.permission})`, {
    permission: refusal.permission,
  });
}

/** The permissions the given groups carry, together. */
export async function permissionsOfGroups(db: Db, groupIds: readonly string[]): Promise<string[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ permission: groupPermissions.permission })
    .from(groupPermissions)
    .where(inArray(groupPermissions.groupId, [...groupIds]));
  return rows.map((r) => r.permission);
}

/** The groups a user belongs to now. */
export async function groupsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ groupId: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, userId));
  return rows.map((r) => r.groupId);
}

/** The members of a group now. */
export async function membersOfGroup(db: Db, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId)));
  return rows.map((r) => r.userId);
}
