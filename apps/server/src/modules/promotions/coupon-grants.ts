import { and, asc, eq, gt, gte, inArray, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Deps } from '../../platform/module.js';
import { orders, type OrderPaid } from '../orders/index.js';
import { isIssuing } from './coupon-status.js';
import { couponColumns } from './coupon-views.js';
import { issueHolding } from './coupon-issue.js';
import { coupons } from './promotions.tables.js';

/** Paid purchases count (a later refund does not undo the grant); a free trial is no purchase. */
const purchaseTypes = ['new', 'renew', 'upgrade', 'trial_to_paid'] as const;

/** 已购商品时间: [purchasedFrom, purchasedTo), either end open when unset. */
export function inPurchaseWindow(c: { purchasedFrom: Date | null; purchasedTo: Date | null }, paidAt: Date): boolean {
  if (c.purchasedFrom && paidAt.getTime() < c.purchasedFrom.getTime()) return false;
  if (c.purchasedTo && paidAt.getTime() >= c.purchasedTo.getTime()) return false;
  return true;
}

/**
 * A new coupon with 已购商品范围: one holding for each buyer who paid an order of a named product
 * inside 已购商品时间, oldest purchase first, while the coupon is issuing and until the issue count
 * runs out. The grant remembers the order that earned it, so running again grants nothing twice.
 */
export async function grantToPastBuyers(deps: Pick<Deps, 'db' | 'clock'>, couponId: string): Promise<number> {
  const now = deps.clock.now();
  const [c] = await deps.db.select(couponColumns).from(coupons).where(eq(coupons.id, couponId));
  if (!c || c.status !== 'normal' || c.purchasedProductIds.length === 0 || !isIssuing(c, now)) return 0;
  const paid = await deps.db
    .select({ id: orders.id, buyerId: orders.buyerId, paidAt: orders.paidAt })
    .from(orders)
    .where(
      and(
        eq(orders.sellerId, c.sellerId),
        inArray(orders.productId, c.purchasedProductIds),
        inArray(orders.status, ['paid', 'refunded']),
        inArray(orders.type, [...purchaseTypes]),
        isNotNull(orders.paidAt),
        c.purchasedFrom ? gte(orders.paidAt, c.purchasedFrom) : undefined,
        c.purchasedTo ? lt(orders.paidAt, c.purchasedTo) : undefined,
      ),
    )
    .orderBy(asc(orders.paidAt), asc(orders.id));
  const firstByBuyer = new Map<string, string>();
  for (const o of paid) if (!firstByBuyer.has(o.buyerId)) firstByBuyer.set(o.buyerId, o.id);
  let granted = 0;
  for (const [buyerId, orderId] of firstByBuyer) {
    const r = await issueHolding(deps.db, { couponId: c.id, buyerId, source: 'grant', grantOrderId: orderId, now });
    if (r.ok) granted++;
    else if (r.code === 'coupon_sold_out' || r.code === 'coupon_voided') break;
  }
  return granted;
}

/**
 * A paid order (ORDER_PAID): each issuing coupon of that seller whose 已购商品范围 names the product
 * and whose 已购商品时间 holds the payment grants the buyer one holding for this order. Refusals
 * (領取限制 reached, sold out, already granted for this order) are silent.
 */
export async function grantOnOrderPaid(deps: Pick<Deps, 'db' | 'clock'>, e: OrderPaid): Promise<number> {
  return grantOnOrdersPaid(deps, [e]);
}

/**
 * grantOnOrderPaid for a batch of paid orders: the coupons that could grant are read in one
 * statement for all of them (it was one per order), then each order takes its own, in order.
 */
export async function grantOnOrdersPaid(deps: Pick<Deps, 'db' | 'clock'>, paid: readonly OrderPaid[]): Promise<number> {
  const purchases = paid.filter((e) => (purchaseTypes as readonly string[]).includes(e.type));
  if (purchases.length === 0) return 0;
  const now = deps.clock.now();
  const sellerIds = [...new Set(purchases.map((e) => e.sellerId))];
  const productIds = [...new Set(purchases.map((e) => e.productId))];
  const candidates = await deps.db
    .select(couponColumns)
    .from(coupons)
    .where(
      and(
        inArray(coupons.sellerId, sellerIds),
        eq(coupons.status, 'normal'),
        or(...productIds.map((id) => sql`${coupons.purchasedProductIds} @> ${JSON.stringify([id])}::jsonb`)),
        lte(coupons.issueFrom, now),
        gt(coupons.issueTo, now),
      ),
    )
    .orderBy(asc(coupons.createdAt), asc(coupons.id));
  let granted = 0;
  for (const e of purchases) {
    const paidAt = new Date(e.paidAt);
    for (const c of candidates) {
      if (c.sellerId !== e.sellerId || !c.purchasedProductIds.includes(e.productId) || !inPurchaseWindow(c, paidAt)) continue;
      const r = await issueHolding(deps.db, { couponId: c.id, buyerId: e.buyerId, source: 'grant', grantOrderId: e.orderId, now });
      if (r.ok) granted++;
    }
  }
  return granted;
}
