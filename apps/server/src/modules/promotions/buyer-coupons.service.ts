import type { BuyerCoupon, BuyerCouponListQuery } from '@cloudmart/contracts';
import { and, count, desc, eq, gt, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { sellers } from '../accounts/index.js';
import { orders } from '../orders/index.js';
import { claimRefusal, holdingStatusOf } from './coupon-status.js';
import { couponColumns, couponCoreOf, productNamesOf } from './coupon-views.js';
import { issueHolding } from './coupon-issue.js';
import { couponHoldings, coupons } from './promotions.tables.js';

function tabFilter(status: BuyerCouponListQuery['status'], now: Date): SQL | undefined {
  const used = or(isNotNull(couponHoldings.orderId), isNotNull(couponHoldings.billId));
  const unused = and(isNull(couponHoldings.orderId), isNull(couponHoldings.billId));
  if (status === 'used') return used;
  if (status === 'expired') return and(unused, or(lte(coupons.validTo, now), eq(coupons.status, 'voided')));
  return and(unused, gt(coupons.validTo, now), eq(coupons.status, 'normal'));
}

async function buyerCoupons(db: Db, buyerId: string, filter: SQL | undefined, now: Date, page: { page: number; pageSize: number }): Promise<Page<BuyerCoupon>> {
  const where = and(eq(couponHoldings.buyerId, buyerId), filter);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(couponHoldings)
    .innerJoin(coupons, eq(coupons.id, couponHoldings.couponId))
    .where(where);
  const rows = await db
    .select({
      coupon: couponColumns,
      holdingId: couponHoldings.id,
      source: couponHoldings.source,
      orderId: couponHoldings.orderId,
      billId: couponHoldings.billId,
      createdAt: couponHoldings.createdAt,
      usedAt: couponHoldings.usedAt,
      sellerName: sellers.name,
      orderNo: orders.orderNo,
    })
    .from(couponHoldings)
    .innerJoin(coupons, eq(coupons.id, couponHoldings.couponId))
    .innerJoin(sellers, eq(sellers.id, coupons.sellerId))
    .leftJoin(orders, eq(orders.id, couponHoldings.orderId))
    .where(where)
    .orderBy(desc(couponHoldings.createdAt), desc(couponHoldings.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const names = await productNamesOf(
    db,
    rows.map((r) => r.coupon),
  );
  return {
    items: rows.map((r) => ({
      ...couponCoreOf(r.coupon, names),
      holdingId: r.holdingId,
      couponId: r.coupon.id,
      sellerName: r.sellerName,
      source: r.source,
      status: holdingStatusOf(r, r.coupon, now),
      createdAt: r.createdAt.toISOString(),
      usedAt: r.usedAt?.toISOString() ?? null,
      orderId: r.orderId,
      orderNo: r.orderNo === null ? null : String(r.orderNo),
    })),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** 我的优惠券: 可使用 / 已使用 / 已过期 (a voided coupon's unused holdings read as expired). */
export function listBuyerCoupons(deps: Pick<Deps, 'db' | 'clock'>, buyerId: string, q: BuyerCouponListQuery): Promise<Page<BuyerCoupon>> {
  const now = deps.clock.now();
  return buyerCoupons(deps.db, buyerId, tabFilter(q.status, now), now, q);
}

/** How many holdings of a coupon a buyer has. */
export async function heldCount(db: Db, couponId: string, buyerId: string): Promise<number> {
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(couponHoldings)
    .where(and(eq(couponHoldings.couponId, couponId), eq(couponHoldings.buyerId, buyerId)));
  return n;
}

/**
 * 领取 on a product or shop page: refused when voided, outside 发放时间, granted only (已购商品范围),
 * at 领取限制, or sold out; the counting itself is issueHolding's, exact under any concurrency.
 */
export async function claimCoupon(deps: Pick<Deps, 'db' | 'clock'>, buyerId: string, couponId: string): Promise<BuyerCoupon> {
  const now = deps.clock.now();
  const [c] = await deps.db.select(couponColumns).from(coupons).where(eq(coupons.id, couponId));
  if (!c) throw notFound('coupon');
  const refusal = claimRefusal(c, await heldCount(deps.db, c.id, buyerId), now);
  if (refusal) throw new DomainError(refusal, `the coupon cannot be claimed: ${refusal}`);
  const r = await issueHolding(deps.db, { couponId: c.id, buyerId, source: 'claim', now });
  if (!r.ok) throw new DomainError(r.code, `the coupon cannot be claimed: ${r.code}`);
  const page = await buyerCoupons(deps.db, buyerId, eq(couponHoldings.id, r.holdingId), now, { page: 1, pageSize: 1 });
  const [held] = page.items;
  if (!held) throw notFound('coupon holding');
  return held;
}
