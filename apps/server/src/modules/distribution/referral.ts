import type { OrderReseller } from '@cloudmart/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { resellerCommissionsOfOrders } from '../ledger/index.js';
import { commissionOf, type CommissionFacts } from './commission-status.js';
import { distributionProducts, resellers } from './distribution.tables.js';

export interface Referral {
  resellerId: string;
  /** the product's rate as of placing: it is fixed for good (一旦设置，不可变更), the order keeps it anyway */
  ratePct: number;
}

/**
 * Whether a new purchase placed with `code` is a 分销订单 (guide 2.3: "分销商通过自有渠道营销而产生的
 * 订单，会标记为分销订单"). It is when the code names an active reseller, the product is in the
 * programme, and the reseller is not the buyer (a reseller buying through their own link sells
 * to nobody: no commission).
 *
 * Anything else — an unknown or suspended code, a product not (or no longer) in distribution,
 * self-referral — returns null and the order is an ordinary one, never refused: the code comes
 * from a link the buyer clicked, up to 30 days before, and the guide's only rule for orders
 * without a reseller's channel is "商品在云市场常规渠道产生的销售订单，不会产生分销佣金" — they pay no
 * commission, they are not stopped. Refusing a purchase over a stale or mistyped marketing tag
 * would cost the seller the sale, so referral_code_unknown is not thrown here.
 */
export async function resolveReferral(db: Db, q: { code: string; productId: string; buyerId: string }): Promise<Referral | null> {
  const [r] = await db
    .select({ resellerId: resellers.userId, ratePct: distributionProducts.ratePct })
    .from(resellers)
    .innerJoin(distributionProducts, eq(distributionProducts.productId, q.productId))
    .where(and(eq(resellers.code, q.code.toUpperCase()), eq(resellers.status, 'active')));
  if (!r || r.resellerId === q.buyerId) return null;
  return r;
}

/** A distribution order as the orders module knows it (its own columns). */
export interface DistributionOrderFacts extends Omit<CommissionFacts, 'posted' | 'ratePct'> {
  orderId: string;
  resellerId: string;
  ratePct: number;
}

/**
 * 分销商信息 for the seller's order detail (guide 2.3: "在详情页底部可以查看到本订单对应的分销商信息"):
 * the reseller's code and name from here, the commission from the ledger.
 */
export async function orderResellerOf(db: Db, o: DistributionOrderFacts): Promise<OrderReseller | null> {
  const [r] = await db.select({ code: resellers.code, displayName: resellers.displayName }).from(resellers).where(eq(resellers.userId, o.resellerId));
  if (!r) return null;
  const posted = (await resellerCommissionsOfOrders(db, [o.orderId])).get(o.orderId);
  return { resellerCode: r.code, displayName: r.displayName, ratePct: o.ratePct, ...commissionOf({ ...o, posted }) };
}

/** Reseller display names by id (for lists that show several). */
export async function resellerNames(db: Db, ids: readonly string[]): Promise<Map<string, { code: string; displayName: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: resellers.userId, code: resellers.code, displayName: resellers.displayName })
    .from(resellers)
    .where(inArray(resellers.userId, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { code: r.code, displayName: r.displayName }]));
}
