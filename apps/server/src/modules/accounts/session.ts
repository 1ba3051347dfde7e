import { allPermissions, type Permission } from '@cloudmart/contracts';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { KeptReads, type KeptLimits } from '../../platform/db/kept-reads.js';
import type { ChangeFeed } from '../../platform/db/change-feed.js';
import { sha256 } from '../../platform/auth/tokens.js';
import type { Db } from '../../platform/db/client.js';
import { newId, randomToken } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { groupMembers, groupPermissions, sellers, sessions, users } from './accounts.tables.js';

export async function createSession(tx: Db, deps: Pick<Deps, 'config'>, userId: string, now: Date, meta: { ip?: string; userAgent?: string }) {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + deps.config.SESSION_TTL_HOURS * 3_600_000);
  await tx.insert(sessions).values({
    id: newId('ses', now),
    tokenHash: sha256(token),
    userId,
    createdAt: now,
    expiresAt,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/** The session lookup before it is prepared (its plan is tested in session-plan.test.ts). */
export function resolveSelect(db: Db) {
  return db
    .select({
      sessionId: sessions.id,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      uid: users.uid,
      kind: users.kind,
      sellerId: users.sellerId,
      isMain: users.isMain,
      loginName: users.loginName,
      displayName: users.displayName,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
      email: users.email,
      phone: users.phone,
      sellerName: sellers.name,
      // granted nodes in the same round trip: this runs on every request
      granted: sql<string[] | null>`(select array_agg(distinct ${groupPermissions.permission}) from ${groupPermissions}
        join ${groupMembers} on ${groupMembers.groupId} = ${groupPermissions.groupId} where ${groupMembers.userId} = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(sellers, eq(sellers.id, users.sellerId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('hash')),
        // The same user id again, as a lookup PostgreSQL runs first (an InitPlan): the user row is
        // then read by its primary key whatever the plan. Without it, the generic plan of this
        // prepared statement, with a small sessions table, merge-joined sessions against the whole
        // users index: 13-15 ms per request with 21,000 users (auto_explain in the peer bench, where
        // every authenticated request paid it; docs/performance.md).
        eq(users.id, sql`(select ${sessions.userId} from ${sessions} where ${sessions.tokenHash} = ${sql.placeholder('hash')})`),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
        eq(users.status, 'active'),
      ),
    )
    .limit(1);
}

function buildResolveQuery(db: Db) {
  return resolveSelect(db).prepare('resolve_actor');
}

// A named prepared statement: PostgreSQL plans it once per connection instead of on every
// request (planning cost ~10x the execution of this query).
const prepared = new WeakMap<Db, ReturnType<typeof buildResolveQuery>>();
function resolveQuery(db: Db) {
  let q = prepared.get(db);
  if (!q) {
    q = buildResolveQuery(db);
    prepared.set(db, q);
  }
  return q;
}

/** The topic migration 0020's triggers announce for what the session lookup reads. */
export const ACTORS_TOPIC = 'actors';

/** Sessions kept between requests, by token hash: emptied by every change to what the lookup reads. */
export type SessionCache = KeptReads<{ actor: Actor; expiresAt: Date }>;

export function sessionCache(changes: ChangeFeed, limits: KeptLimits): SessionCache {
  return new KeptReads(changes, ACTORS_TOPIC, limits);
}

/**
 * Resolve a session cookie to the calling actor. The user's status is read with the session, so
 * disabling an account stops its sessions at once. With a cache (platform/db/kept-reads.ts), a hit
 * costs no statement: every committed change to what this reads empties the cache first, and the
 * session's expiry is still checked against the clock.
 */
export async function resolveActorFromSession(deps: Pick<Deps, 'db' | 'clock'>, token: string, cache?: SessionCache): Promise<Actor | null> {
  const hash = sha256(token);
  const now = deps.clock.now();
  const kept = cache?.get(hash);
  if (kept && kept.expiresAt > now) return kept.actor;
  const generation = cache?.generation;
  const [row] = await resolveQuery(deps.db).execute({ hash, now });
  if (!row) return null;
  const { granted, email, phone, sellerName, expiresAt, ...actor } = row;
  const resolved: Actor = { ...actor, permissions: effectivePermissions(actor, granted ?? []), profile: { email, phone, sellerName } };
  if (cache && generation !== undefined) cache.set(hash, generation, { actor: Object.freeze(resolved), expiresAt });
  return resolved;
}

// built once, not on every request: read-only sets, shared by every actor they describe
const noPermissions: ReadonlySet<Permission> = new Set();
const everyPermission: ReadonlySet<Permission> = new Set(allPermissions);

/** Main accounts hold every node; sub-accounts the catalogue nodes their groups grant. */
export function effectivePermissions(user: { kind: string; isMain: boolean }, granted: readonly string[]): ReadonlySet<Permission> {
  if (user.kind !== 'seller') return noPermissions;
  if (user.isMain) return everyPermission;
  const set = new Set(granted);
  // a node withdrawn from the catalogue stops granting anything
  return new Set(allPermissions.filter((p) => set.has(p)));
}

export async function permissionsOf(db: Db, user: { userId: string; kind: string; isMain: boolean }): Promise<ReadonlySet<Permission>> {
  if (user.kind !== 'seller' || user.isMain) return effectivePermissions(user, []);
  const rows = await db
    .selectDistinct({ permission: groupPermissions.permission })
    .from(groupPermissions)
    .innerJoin(groupMembers, eq(groupMembers.groupId, groupPermissions.groupId))
    .where(eq(groupMembers.userId, user.userId));
  return effectivePermissions(
    user,
    rows.map((r) => r.permission),
  );
}

export async function revokeSessionsOf(tx: Db, userId: string, now: Date, exceptSessionId?: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined));
}
