import type { Refund, RefundListQuery, RefundOrigin } from '@cloudmart/contracts';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { sellers, users } from '../accounts/index.js';
import { orders } from '../orders/index.js';
import { refunds } from './aftersales.tables.js';

/** Whose refunds a read may see: the buyer's own, the seller's own, or (operators) one origin's. */
export type RefundScope = { buyerId: string } | { sellerId: string } | { origin: RefundOrigin };

function scopeOf(s: RefundScope): SQL {
  if ('buyerId' in s) return eq(refunds.buyerId, s.buyerId);
  if ('sellerId' in s) return eq(refunds.sellerId, s.sellerId);
  return eq(refunds.origin, s.origin);
}

const columns = {
  id: refunds.id,
  origin: refunds.origin,
  orderId: refunds.orderId,
  orderNo: orders.orderNo,
  instanceId: refunds.instanceId,
  sellerId: refunds.sellerId,
  sellerName: sellers.name,
  productName: orders.productName,
  specName: orders.specName,
  buyerUid: users.uid,
  kind: refunds.kind,
  amountFen: refunds.amountFen,
  release: refunds.release,
  keepReason: refunds.keepReason,
  reason: refunds.reason,
  status: refunds.status,
  rejectReason: refunds.rejectReason,
  dueAt: refunds.dueAt,
  refundOrderId: refunds.refundOrderId,
  createdAt: refunds.createdAt,
  decidedAt: refunds.decidedAt,
};

function refundQuery(db: Db) {
  return db
    .select(columns)
    .from(refunds)
    .innerJoin(orders, eq(orders.id, refunds.orderId))
    .innerJoin(sellers, eq(sellers.id, refunds.sellerId))
    .innerJoin(users, eq(users.id, refunds.buyerId));
}

type Row = Awaited<ReturnType<ReturnType<typeof refundQuery>['execute']>>[number];

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const toRefund = (r: Row): Refund => ({
  ...r,
  orderNo: String(r.orderNo),
  dueAt: iso(r.dueAt),
  createdAt: r.createdAt.toISOString(),
  decidedAt: iso(r.decidedAt),
});

/** Newest first, filtered by status and origin. */
export async function listRefunds(db: Db, scope: RefundScope, q: RefundListQuery): Promise<Page<Refund>> {
  const where = and(scopeOf(scope), q.status ? eq(refunds.status, q.status) : undefined, q.origin ? eq(refunds.origin, q.origin) : undefined);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(refunds).where(where);
  const rows = await refundQuery(db).where(where).orderBy(desc(refunds.createdAt), desc(refunds.id)).limit(q.pageSize).offset(offsetOf(q));
  return { items: rows.map(toRefund), total, page: q.page, pageSize: q.pageSize };
}

/** One refund inside the scope; another tenant's refund is simply not found. */
export async function loadRefund(db: Db, scope: RefundScope, id: string): Promise<Refund> {
  const [row] = await refundQuery(db).where(and(scopeOf(scope), eq(refunds.id, id)));
  if (!row) throw notFound('refund');
  return toRefund(row);
}
