import type { SubAccount } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, ilike, inArray, ne, or } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { generatePassword, hashPassword } from '../../platform/auth/password.js';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { requestNotification } from '../notifications/index.js';
import { groupMembers, permissionGroups, sellers, users } from './accounts.tables.js';
import { assertGrant, groupsOfUser, permissionsOfGroups } from './grants.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { revokeSessionsOf } from './session.js';

type D = Pick<Deps, 'db' | 'clock' | 'config'>;

const liveSub = (sellerId: string) => and(eq(users.sellerId, sellerId), eq(users.isMain, false), ne(users.status, 'deleted'));

async function sellerCode(db: Db, sellerId: string): Promise<string> {
  const [s] = await db.select({ code: sellers.code }).from(sellers).where(eq(sellers.id, sellerId));
  if (!s) throw notFound('seller');
  return s.code;
}

async function mainAccountOf(db: Db, sellerId: string): Promise<string | null> {
  const [m] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.sellerId, sellerId), eq(users.isMain, true)));
  return m?.id ?? null;
}

/** Groups must be the seller's own: a foreign group id is "not found", never joined. */
async function assertOwnGroups(db: Db, sellerId: string, groupIds: readonly string[]): Promise<void> {
  if (groupIds.length === 0) return;
  const own = await db
    .select({ id: permissionGroups.id })
    .from(permissionGroups)
    .where(and(eq(permissionGroups.sellerId, sellerId), inArray(permissionGroups.id, [...groupIds])));
  if (own.length !== new Set(groupIds).size) throw notFound('permission group');
}

export async function listSubAccounts(
  deps: Pick<Deps, 'db'>,
  sellerId: string,
  q: { q?: string; status?: 'active' | 'disabled'; page: number; pageSize: number },
): Promise<Page<SubAccount>> {
  const where = and(
    liveSub(sellerId),
    q.status ? eq(users.status, q.status) : undefined,
    q.q ? or(ilike(users.loginName, `%${q.q}%`), ilike(users.displayName, `%${q.q}%`)) : undefined,
  );
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(users).where(where);
  const rows = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), asc(users.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return {
    items: await loadSubAccounts(
      deps.db,
      rows.map((r) => r.id),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function loadSubAccounts(db: Db, ids: readonly string[]): Promise<SubAccount[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: users.id,
      loginName: users.loginName,
      displayName: users.displayName,
      email: users.email,
      phone: users.phone,
      status: users.status,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .where(inArray(users.id, [...ids]));
  const memberships = await db
    .select({ userId: groupMembers.userId, id: permissionGroups.id, name: permissionGroups.name })
    .from(groupMembers)
    .innerJoin(permissionGroups, eq(permissionGroups.id, groupMembers.groupId))
    .where(inArray(groupMembers.userId, [...ids]))
    .orderBy(asc(permissionGroups.name));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        ...r,
        status: r.status === 'disabled' ? ('disabled' as const) : ('active' as const),
        createdAt: r.createdAt.toISOString(),
        lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
        groups: memberships.filter((m) => m.userId === id).map((m) => ({ id: m.id, name: m.name })),
      },
    ];
  });
}

export async function getOwnSubAccount(db: Db, sellerId: string, id: string): Promise<SubAccount> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(liveSub(sellerId), eq(users.id, id)));
  if (!row) throw notFound('sub-account');
  const [sub] = await loadSubAccounts(db, [id]);
  if (!sub) throw notFound('sub-account');
  return sub;
}

export async function createSubAccount(
  deps: D,
  actor: Actor,
  sellerId: string,
  body: { name: string; displayName: string; email?: string; phone?: string; groupIds?: string[] },
  /** the caller's transaction, when the account is part of a larger write (a delivery employee) */
  outer?: Db,
) {
  const db = outer ?? deps.db;
  const code = await sellerCode(db, sellerId);
  const loginName = `${body.name}@${code}`;
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  const now = deps.clock.now();
  const id = newId('usr', now);
  try {
    await db.transaction(async (tx) => {
      await assertOwnGroups(tx, sellerId, body.groupIds ?? []);
      await tx.insert(users).values({
        id,
        kind: 'seller',
        sellerId,
        isMain: false,
        loginName,
        displayName: body.displayName,
        email: body.email ?? null,
        phone: body.phone ?? null,
        passwordHash,
        mustChangePassword: true,
        createdAt: now,
      });
      if (body.groupIds?.length) await tx.insert(groupMembers).values([...new Set(body.groupIds)].map((groupId) => ({ groupId, userId: id })));
      const main = await mainAccountOf(tx, sellerId);
      if (main && main !== actor.userId) {
        await requestNotification(tx, now, { userId: main, template: 'account.subaccount_created', params: { loginName, by: actor.loginName } });
      }
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('login_taken', `${loginName} already exists`);
    throw err;
  }
  return { subAccount: await getOwnSubAccount(db, sellerId, id), initialPassword };
}

/**
 * Demo data only (`seedDemo`, first run of `npm start`): seller sub-accounts with a known
 * password, no forced change at first log-in and no notification to the main account. Each
 * account comes back with its new id, in the order given, inside the caller's transaction.
 */
export async function createSeededSubAccounts<A extends { loginName: string; displayName: string }>(
  db: Db,
  seed: { sellerId: string; passwordHash: string; now: Date },
  accounts: readonly A[],
): Promise<Array<A & { id: string }>> {
  const created = accounts.map((a) => ({ ...a, id: newId('usr', seed.now) }));
  if (created.length === 0) return created;
  await db.insert(users).values(
    created.map((a) => ({
      id: a.id,
      kind: 'seller' as const,
      sellerId: seed.sellerId,
      loginName: a.loginName,
      displayName: a.displayName,
      passwordHash: seed.passwordHash,
      createdAt: seed.now,
    })),
  );
  return created;
}

export async function updateSubAccount(
  deps: D,
  sellerId: string,
  id: string,
  patch: { displayName?: string; email?: string | null; phone?: string | null; groupIds?: string[] },
  outer?: Db,
): Promise<SubAccount> {
  const db = outer ?? deps.db;
  await getOwnSubAccount(db, sellerId, id);
  await db.transaction(async (tx) => {
    const { groupIds, ...fields } = patch;
    const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length) await tx.update(users).set(set).where(eq(users.id, id));
    if (groupIds) {
      await assertOwnGroups(tx, sellerId, groupIds);
      await tx.delete(groupMembers).where(eq(groupMembers.userId, id));
      if (groupIds.length) await tx.insert(groupMembers).values([...new Set(groupIds)].map((groupId) => ({ groupId, userId: id })));
    }
  });
  return getOwnSubAccount(db, sellerId, id);
}

/**
 * 子账号管理 by a person (the main account or a sub-account administrator): the groups given carry
 * only permissions the caller may grant (grant-rules). The delivery center's own account creation
 * (employees, vendor project managers) assigns its role groups by its own permission.
 */
export async function createSubAccountAs(deps: D, actor: Actor, sellerId: string, body: Parameters<typeof createSubAccount>[3]) {
  await assertOwnGroups(deps.db, sellerId, body.groupIds ?? []);
  assertGrant(actor, await permissionsOfGroups(deps.db, body.groupIds ?? []));
  return createSubAccount(deps, actor, sellerId, body);
}

/** As createSubAccountAs; a sub-account never changes its own groups. */
export async function updateSubAccountAs(deps: D, actor: Actor, sellerId: string, id: string, patch: Parameters<typeof updateSubAccount>[3]) {
  if (patch.groupIds) {
    await getOwnSubAccount(deps.db, sellerId, id);
    await assertOwnGroups(deps.db, sellerId, patch.groupIds);
    const current = await groupsOfUser(deps.db, id);
    const joining = patch.groupIds.filter((g) => !current.includes(g));
    const leaving = current.filter((g) => !patch.groupIds?.includes(g));
    if (joining.length + leaving.length > 0) assertGrant(actor, await permissionsOfGroups(deps.db, joining), [id]);
  }
  return updateSubAccount(deps, sellerId, id, patch);
}

export async function setSubAccountStatus(deps: D, sellerId: string, id: string, status: 'active' | 'disabled'): Promise<SubAccount> {
  await getOwnSubAccount(deps.db, sellerId, id);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ status }).where(eq(users.id, id));
    if (status === 'disabled') {
      await revokeSessionsOf(tx, id, now);
      const main = await mainAccountOf(tx, sellerId);
      const [u] = await tx.select({ loginName: users.loginName }).from(users).where(eq(users.id, id));
      if (main && u) await requestNotification(tx, now, { userId: main, template: 'account.subaccount_disabled', params: { loginName: u.loginName } });
    }
  });
  return getOwnSubAccount(deps.db, sellerId, id);
}

export async function resetSubAccountPassword(deps: D, sellerId: string, id: string) {
  await getOwnSubAccount(deps.db, sellerId, id);
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: true }).where(eq(users.id, id));
    await revokeSessionsOf(tx, id, now);
  });
  return { subAccount: await getOwnSubAccount(deps.db, sellerId, id), initialPassword };
}

/** Soft delete: the row stays for history (orders, logs); the login name is free again. */
export async function deleteSubAccount(deps: D, sellerId: string, id: string, outer?: Db): Promise<void> {
  const db = outer ?? deps.db;
  await getOwnSubAccount(db, sellerId, id);
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ status: 'deleted' }).where(eq(users.id, id));
    await tx.delete(groupMembers).where(eq(groupMembers.userId, id));
    await revokeSessionsOf(tx, id, now);
  });
}

export async function subAccountLoginUrl(deps: Pick<Deps, 'db' | 'config'>, sellerId: string, origin: string): Promise<string> {
  const code = await sellerCode(deps.db, sellerId);
  const base = deps.config.PUBLIC_URL ?? origin;
  return `${base.replace(/\/$/, '')}/login?seller=${encodeURIComponent(code)}`;
}
