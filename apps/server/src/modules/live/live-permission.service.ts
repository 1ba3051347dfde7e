import type { ApplyLivePermissionBody, LivePermission, OperatorLivePermission } from '@cloudmart/contracts';
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { sellers, users } from '../accounts/index.js';
import { noticeSeller } from './live-notices.js';
import { permissionMachine } from './live-status.js';
import { livePermissions } from './live.tables.js';

type D = Pick<Deps, 'db' | 'clock'>;
type Row = typeof livePermissions.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toPermission(r: Row | undefined): LivePermission {
  if (!r) return { status: 'none', agreementVersion: null, signedAt: null, decidedAt: null, rejectReason: null };
  return {
    status: r.status,
    agreementVersion: r.agreementVersion,
    signedAt: r.signedAt.toISOString(),
    decidedAt: iso(r.decidedAt),
    rejectReason: r.rejectReason,
  };
}

export async function getLivePermission(deps: Pick<Deps, 'db'>, sellerId: string): Promise<LivePermission> {
  const [r] = await deps.db.select().from(livePermissions).where(eq(livePermissions.sellerId, sellerId));
  return toPermission(r);
}

/** Lives may be created only once an operator approved the seller's live permission. */
export async function assertLivePermission(db: Db, sellerId: string): Promise<void> {
  const [r] = await db.select({ status: livePermissions.status }).from(livePermissions).where(eq(livePermissions.sellerId, sellerId));
  if (r?.status !== 'approved')
    throw new DomainError('live_permission_required', 'apply for live permission and wait for its approval first', { status: r?.status ?? 'none' });
}

/**
 * 我已阅读，确认签署 (guide 2.11.1 step 3): sign the 云市场服务协议 of the given version and wait for
 * review. A rejected seller signs again ("若审核未通过，您可以重新申请权限").
 */
export async function applyLivePermission(deps: D, seller: { sellerId: string; userId: string }, body: ApplyLivePermissionBody): Promise<LivePermission> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [r] = await tx.select().from(livePermissions).where(eq(livePermissions.sellerId, seller.sellerId)).for('update');
    permissionMachine.assert(r?.status ?? 'none', 'pending');
    const signed = {
      status: 'pending' as const,
      agreementVersion: body.agreementVersion,
      signedAt: now,
      signedBy: seller.userId,
      decidedBy: null,
      decidedAt: null,
      rejectReason: null,
    };
    if (r) await tx.update(livePermissions).set(signed).where(eq(livePermissions.sellerId, seller.sellerId));
    // a concurrent first application loses on the primary key and is told it exists
    else {
      const [ins] = await tx
        .insert(livePermissions)
        .values({ sellerId: seller.sellerId, ...signed })
        .onConflictDoNothing()
        .returning({ id: livePermissions.sellerId });
      if (!ins) throw new DomainError('live_permission_exists', 'the application is waiting for review', { status: 'pending' });
    }
  });
  return getLivePermission(deps, seller.sellerId);
}

function operatorQuery(db: Db) {
  return db
    .select({
      p: livePermissions,
      sellerName: sellers.name,
      signedBy: users.loginName,
    })
    .from(livePermissions)
    .innerJoin(sellers, eq(sellers.id, livePermissions.sellerId))
    .leftJoin(users, eq(users.id, livePermissions.signedBy));
}

function toOperator(r: { p: Row; sellerName: string; signedBy: string | null }): OperatorLivePermission {
  return {
    sellerId: r.p.sellerId,
    sellerName: r.sellerName,
    status: r.p.status,
    agreementVersion: r.p.agreementVersion,
    signedAt: r.p.signedAt.toISOString(),
    signedBy: r.signedBy,
    decidedAt: iso(r.p.decidedAt),
    rejectReason: r.p.rejectReason,
  };
}

/** 直播权限审核: the applications, newest signature first; status filters (pending is the queue). */
export async function listLivePermissions(
  deps: Pick<Deps, 'db'>,
  q: PageQuery & { status?: Row['status'] | undefined },
): Promise<Page<OperatorLivePermission>> {
  const where = q.status ? eq(livePermissions.status, q.status) : undefined;
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(livePermissions).where(where);
  const rows = await operatorQuery(deps.db)
    .where(where)
    .orderBy(desc(livePermissions.signedAt), desc(livePermissions.sellerId))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(toOperator), total, page: q.page, pageSize: q.pageSize };
}

export type Decision = { approve: true } | { approve: false; reason: string };

/** The operator approves or rejects (with a reason); the seller's main account is told. */
export async function decideLivePermission(deps: D, operatorId: string, sellerId: string, decision: Decision): Promise<OperatorLivePermission> {
  const now = deps.clock.now();
  const to = decision.approve ? 'approved' : 'rejected';
  const reason = decision.approve ? null : decision.reason;
  await deps.db.transaction(async (tx) => {
    const [r] = await tx.select({ status: livePermissions.status }).from(livePermissions).where(eq(livePermissions.sellerId, sellerId)).for('update');
    if (!r) throw notFound('live permission application');
    permissionMachine.assert(r.status, to);
    await tx
      .update(livePermissions)
      .set({ status: to, decidedBy: operatorId, decidedAt: now, rejectReason: reason })
      .where(eq(livePermissions.sellerId, sellerId));
    await noticeSeller(tx, now, sellerId, {
      template: decision.approve ? 'live.permission_approved' : 'live.permission_rejected',
      params: reason === null ? {} : { reason },
      link: '/seller/lives',
    });
  });
  const [row] = await operatorQuery(deps.db).where(eq(livePermissions.sellerId, sellerId));
  if (!row) throw notFound('live permission application');
  return toOperator(row);
}
