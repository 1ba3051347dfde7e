import type { Coupon, CouponBody, CouponHolder, CouponListQuery, CouponSendBody, CouponSendReply } from '@cloudmart/contracts';
import { and, count, desc, eq, gt, ilike, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { emit } from '../../platform/outbox.js';
import { users } from '../accounts/index.js';
import { products } from '../catalog/index.js';
import { orders } from '../orders/index.js';
import { couponLifecycle, couponStatusOf, holdingStatusOf } from './coupon-status.js';
import { couponColumns, couponCoreOf, named, productNamesOf, type CouponRow, type ProductNames } from './coupon-views.js';
import { sendCouponToBuyers } from './customer-coupons.js';
import { COUPON_GRANT_PAST_BUYERS } from './promotions.events.js';
import { couponHoldings, coupons } from './promotions.tables.js';

const likeText = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface Usage {
  used: number;
  unused: number;
}

function toCoupon(c: CouponRow, names: ProductNames, usage: Usage, now: Date): Coupon {
  const status = couponStatusOf(c, now);
  return {
    ...couponCoreOf(c, names),
    perUserLimit: c.perUserLimit,
    issueFrom: c.issueFrom.toISOString(),
    issueTo: c.issueTo.toISOString(),
    issueCount: c.issueCount,
    showInShop: c.showInShop === 'yes',
    purchasedProducts: named(c.purchasedProductIds, names),
    purchasedFrom: c.purchasedFrom?.toISOString() ?? null,
    purchasedTo: c.purchasedTo?.toISOString() ?? null,
    status,
    claimedCount: c.claimedCount,
    usedCount: usage.used,
    // unused holdings count as expired once the coupon can no longer be used
    expiredCount: status === 'normal' ? 0 : usage.unused,
    createdAt: c.createdAt.toISOString(),
    voidedAt: c.voidedAt?.toISOString() ?? null,
  };
}

async function usageOf(db: Db, couponIds: readonly string[]): Promise<Map<string, Usage>> {
  if (couponIds.length === 0) return new Map();
  const usedExpr = or(isNotNull(couponHoldings.orderId), isNotNull(couponHoldings.billId));
  const rows = await db
    .select({
      couponId: couponHoldings.couponId,
      used: sql<number>`count(*) filter (where ${usedExpr})`.mapWith(Number),
      total: count(),
    })
    .from(couponHoldings)
    .where(inArray(couponHoldings.couponId, [...couponIds]))
    .groupBy(couponHoldings.couponId);
  return new Map(rows.map((r) => [r.couponId, { used: r.used, unused: r.total - r.used }]));
}

async function viewCoupons(db: Db, rows: CouponRow[], now: Date): Promise<Coupon[]> {
  const [names, usage] = await Promise.all([
    productNamesOf(db, rows),
    usageOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => toCoupon(r, names, usage.get(r.id) ?? { used: 0, unused: 0 }, now));
}

async function ownCoupon(db: Db, sellerId: string, id: string): Promise<CouponRow> {
  const [c] = await db
    .select(couponColumns)
    .from(coupons)
    .where(and(eq(coupons.id, id), eq(coupons.sellerId, sellerId)));
  if (!c) throw notFound('coupon');
  return c;
}

function statusFilter(s: CouponListQuery['status'], now: Date): SQL | undefined {
  if (s === 'voided') return eq(coupons.status, 'voided');
  if (s === 'expired') return and(eq(coupons.status, 'normal'), lte(coupons.validTo, now));
  if (s === 'normal') return and(eq(coupons.status, 'normal'), gt(coupons.validTo, now));
  return undefined;
}

/** 优惠券设置 list with 已领取 / 已使用 / 已过期 counts. */
export async function listCoupons(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, q: CouponListQuery): Promise<Page<Coupon>> {
  const now = deps.clock.now();
  const where = and(eq(coupons.sellerId, sellerId), q.name ? ilike(coupons.name, likeText(q.name)) : undefined, statusFilter(q.status, now));
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(coupons).where(where);
  const rows = await deps.db
    .select(couponColumns)
    .from(coupons)
    .where(where)
    .orderBy(desc(coupons.createdAt), desc(coupons.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: await viewCoupons(deps.db, rows, now), total, page: q.page, pageSize: q.pageSize };
}

/** 详情: the coupon with its counts. */
export async function getCoupon(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string): Promise<Coupon> {
  const c = await ownCoupon(deps.db, sellerId, id);
  const [view] = await viewCoupons(deps.db, [c], deps.clock.now());
  if (!view) throw notFound('coupon');
  return view;
}

/** Products named on a coupon must be the seller's own: another seller's id reads as not found. */
async function assertOwnProducts(db: Db, sellerId: string, ids: readonly string[]): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const own = await db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.sellerId, sellerId), inArray(products.id, wanted)));
  const found = new Set(own.map((p) => p.id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length) throw new DomainError('not_found', 'product not found', { productIds: missing });
}

/**
 * 发布优惠券. With 已购商品范围 the past buyers in its 已购商品时间 are granted one each by an
 * outbox job due when issuing starts (so a coupon issued later grants then); later purchases
 * are granted as they are paid (grantOnOrderPaid).
 */
export async function createCoupon(deps: Pick<Deps, 'db' | 'clock'>, seller: { sellerId: string; userId: string }, b: CouponBody): Promise<Coupon> {
  const now = deps.clock.now();
  const productIds = b.scope === 'products' ? [...new Set(b.productIds)] : [];
  const purchasedProductIds = [...new Set(b.purchasedProductIds)];
  await assertOwnProducts(deps.db, seller.sellerId, [...productIds, ...purchasedProductIds]);
  const id = newId('cpn', now);
  const issueFrom = new Date(b.issueFrom);
  await deps.db.transaction(async (tx) => {
    await tx.insert(coupons).values({
      id,
      sellerId: seller.sellerId,
      name: b.name,
      scope: b.scope,
      productIds,
      kind: b.kind,
      rateTenths: b.kind === 'percent' ? b.rateTenths : null,
      reduceFen: b.kind === 'threshold' ? b.reduceFen : null,
      thresholdFen: b.kind === 'threshold' ? b.thresholdFen : null,
      perUserLimit: b.perUserLimit,
      issueFrom,
      issueTo: new Date(b.issueTo),
      validFrom: new Date(b.validFrom),
      validTo: new Date(b.validTo),
      issueCount: b.issueCount,
      scenarios: [...new Set(b.scenarios)],
      showInShop: b.showInShop ? 'yes' : 'no',
      purchasedProductIds,
      purchasedFrom: b.purchasedFrom ? new Date(b.purchasedFrom) : null,
      purchasedTo: b.purchasedTo ? new Date(b.purchasedTo) : null,
      createdBy: seller.userId,
      createdAt: now,
    });
    if (purchasedProductIds.length > 0) {
      await emit(tx, issueFrom.getTime() > now.getTime() ? issueFrom : now, COUPON_GRANT_PAST_BUYERS, { couponId: id });
    }
  });
  return getCoupon(deps, seller.sellerId, id);
}

/** 作废: normal → voided, once (a second time answers coupon_already_voided). Unused holdings read as expired. */
export async function voidCoupon(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string): Promise<Coupon> {
  const now = deps.clock.now();
  const c = await ownCoupon(deps.db, sellerId, id);
  couponLifecycle.assert(c.status, 'voided');
  const moved = await deps.db
    .update(coupons)
    .set({ status: 'voided', voidedAt: now })
    .where(and(eq(coupons.id, id), eq(coupons.sellerId, sellerId), inArray(coupons.status, couponLifecycle.into('voided'))))
    .returning({ id: coupons.id });
  if (moved.length === 0) couponLifecycle.assert('voided', 'voided');
  return getCoupon(deps, sellerId, id);
}

/** The detail page's holders: who holds it, how they came to, and whether they used it. */
export async function listHolders(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string, q: PageQuery): Promise<Page<CouponHolder>> {
  const now = deps.clock.now();
  const c = await ownCoupon(deps.db, sellerId, id);
  const where = eq(couponHoldings.couponId, c.id);
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(couponHoldings).where(where);
  const rows = await deps.db
    .select({
      holdingId: couponHoldings.id,
      buyerUid: users.uid,
      buyerName: users.displayName,
      source: couponHoldings.source,
      orderId: couponHoldings.orderId,
      billId: couponHoldings.billId,
      createdAt: couponHoldings.createdAt,
      usedAt: couponHoldings.usedAt,
      orderNo: orders.orderNo,
    })
    .from(couponHoldings)
    .innerJoin(users, eq(users.id, couponHoldings.buyerId))
    .leftJoin(orders, eq(orders.id, couponHoldings.orderId))
    .where(where)
    .orderBy(desc(couponHoldings.createdAt), desc(couponHoldings.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return {
    items: rows.map((r) => ({
      holdingId: r.holdingId,
      buyerUid: r.buyerUid,
      buyerName: r.buyerName,
      source: r.source,
      status: holdingStatusOf(r, c, now),
      createdAt: r.createdAt.toISOString(),
      usedAt: r.usedAt?.toISOString() ?? null,
      orderNo: r.orderNo === null ? null : String(r.orderNo),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * 发放优惠券 to chosen buyers by UID: each through the same counting path as a claim, so each
 * counts against the issue count and that buyer's 领取限制; the reply says who got one and why
 * the others did not. A voided coupon or one outside its 发放时间 sends nothing.
 */
export async function sendCoupon(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string, b: CouponSendBody): Promise<CouponSendReply> {
  const uids = [...new Set(b.buyerUids)];
  const buyers = await deps.db
    .select({ id: users.id, uid: users.uid })
    .from(users)
    .where(and(inArray(users.uid, uids), eq(users.kind, 'buyer'), isNull(users.sellerId), eq(users.status, 'active')));
  const byUid = new Map(buyers.map((u) => [u.uid, u.id]));
  const known = uids.flatMap((uid) => byUid.get(uid) ?? []);
  const r = await sendCouponToBuyers(deps, sellerId, id, known);
  const refusedOf = new Map(r.refused.map((x) => [x.buyerId, x.code]));
  const sent = new Set(r.sent);
  const reply: CouponSendReply = { sent: [], refused: [] };
  for (const uid of uids) {
    const buyerId = byUid.get(uid);
    if (!buyerId) reply.refused.push({ buyerUid: uid, code: 'not_found' });
    else if (sent.has(buyerId)) reply.sent.push(uid);
    else reply.refused.push({ buyerUid: uid, code: refusedOf.get(buyerId) ?? 'not_found' });
  }
  return reply;
}
