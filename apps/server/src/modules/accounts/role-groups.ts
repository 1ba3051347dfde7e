import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { newId } from '../../platform/ids.js';
import { groupMembers, groupPermissions, permissionGroups, users } from './accounts.tables.js';

/*
 * Preset roles as permission groups: a role another module offers (the delivery center's 厂商项目经理)
 * is one group per seller, named after the role, whose nodes are the preset ones. The group is
 * made on first use and its nodes are put back to the preset each time, so the role always
 * means what the platform says it means (the guide: "云市场平台已为厂商项目经理预置好一系列权限和功能").
 */

export interface PresetRole {
  /** the group's name, unique per seller */
  name: string;
  description: string;
  permissions: readonly string[];
}

/** The seller's group of a preset role (created when missing, nodes reset to the preset); its id. */
export async function ensureRoleGroup(tx: Db, sellerId: string, role: PresetRole, now: Date): Promise<string> {
  await tx
    .insert(permissionGroups)
    .values({ id: newId('grp', now), sellerId, name: role.name, description: role.description, createdAt: now })
    .onConflictDoNothing({ target: [permissionGroups.sellerId, permissionGroups.name] });
  const [g] = await tx
    .select({ id: permissionGroups.id })
    .from(permissionGroups)
    .where(and(eq(permissionGroups.sellerId, sellerId), eq(permissionGroups.name, role.name)));
  if (!g) throw new Error(`role group ${role.name} of ${sellerId} vanished`);
  await tx.delete(groupPermissions).where(eq(groupPermissions.groupId, g.id));
  await tx.insert(groupPermissions).values([...new Set(role.permissions)].map((permission) => ({ groupId: g.id, permission })));
  return g.id;
}

/** The seller's live sub-accounts holding a preset role (members of its group), oldest first. */
export async function roleMembers(db: Db, sellerId: string, roleName: string) {
  return db
    .select({
      id: users.id,
      loginName: users.loginName,
      displayName: users.displayName,
      email: users.email,
      phone: users.phone,
      status: users.status,
      createdAt: users.createdAt,
    })
    .from(groupMembers)
    .innerJoin(permissionGroups, eq(permissionGroups.id, groupMembers.groupId))
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(and(eq(permissionGroups.sellerId, sellerId), eq(permissionGroups.name, roleName), eq(users.sellerId, sellerId), ne(users.status, 'deleted')))
    .orderBy(asc(users.createdAt), asc(users.id));
}
