import { and, eq, gte, inArray, isNull, lt, lte, gt, or, sql } from 'drizzle-orm';
import { DAY } from '../../platform/clock.js';
import { beijingDate, beijingDayStart } from '../../platform/beijing-time.js';
import type { Db } from '../../platform/db/client.js';
import { products } from '../catalog/index.js';
import { productProjectCounts } from '../delivery/index.js';
import { proposalQuotes, proposals } from '../leads/index.js';
import { orders } from '../orders/index.js';
import { coupons, discounts } from '../promotions/index.js';
import { reviews } from '../reviews/index.js';
import { HOSTED_BONUS_POINTS, productPrivileges } from './hosting-seam.js';
import { emptyInputs, type StrengthInputs } from './strength-score.js';
import { productTrafficBetween } from './traffic-source.js';

export const WINDOW_DAYS = 30;

/** The 30 Beijing days ending with `now`'s day: [start of day − 29, start of next day). */
export function scoreWindow(now: Date): { day: string; fromDay: string; from: Date; to: Date } {
  const dayStart = beijingDayStart(now);
  const from = new Date(dayStart.getTime() - (WINDOW_DAYS - 1) * DAY);
  return { day: beijingDate(now), fromDay: beijingDate(from), from, to: new Date(dayStart.getTime() + DAY) };
}

export interface ProductInputs {
  productId: string;
  sellerId: string;
  productName: string;
  productType: string;
  inputs: StrengthInputs;
}

/** 非0元订单: purchases with a price (not trials, not the negative refund orders) */
const purchaseTypes = ['new', 'renew', 'upgrade', 'trial_to_paid'] as const;
const paidStatuses = ['paid', 'refunded'] as const;

/**
 * Every listed product's 30-day factor values, set-based: one grouped query per source module,
 * each read through that module's index. `sellerId` null: every seller (the sweep);
 * `productIds`: only those.
 */
export async function gatherInputs(db: Db, now: Date, sellerId: string | null, productIds?: readonly string[]): Promise<ProductInputs[]> {
  const { from, to, fromDay, day } = scoreWindow(now);
  const prods = await db
    .select({
      id: products.id,
      sellerId: products.sellerId,
      name: products.name,
      type: products.type,
      cases: products.customerCases,
      qualification: products.qualification,
      video: products.videoFileId,
      live: products.liveId,
    })
    .from(products)
    .where(
      and(
        eq(products.status, 'listed'),
        sellerId ? eq(products.sellerId, sellerId) : undefined,
        productIds ? inArray(products.id, [...productIds]) : undefined,
      ),
    )
    .orderBy(products.id);
  if (prods.length === 0) return [];
  const ids = prods.map((p) => p.id);
  const inWindow = (col: typeof orders.createdAt) => and(gte(col, from), lt(col, to));

  const paidCond = inArray(orders.status, [...paidStatuses]);
  const orderRows = await db
    .select({
      productId: orders.productId,
      buyers: sql<number>`count(distinct ${orders.buyerId})`.mapWith(Number),
      payingBuyers: sql<number>`count(distinct ${orders.buyerId}) filter (where ${paidCond})`.mapWith(Number),
      orderCount: sql<number>`count(*)`.mapWith(Number),
      paidOrderCount: sql<number>`count(*) filter (where ${paidCond})`.mapWith(Number),
      gmvFen: sql<number>`coalesce(sum(${orders.paidFen}) filter (where ${orders.status} = 'paid'), 0)`.mapWith(Number),
      renewals: sql<number>`count(*) filter (where ${orders.type} = 'renew')`.mapWith(Number),
      // a 复购: the buyer paid for the product before this order (names spelt out: drizzle drops the table in a select list)
      repurchases:
        sql<number>`count(*) filter (where exists (select 1 from orders prev where prev.product_id = orders.product_id and prev.buyer_id = orders.buyer_id and prev.status in ('paid', 'refunded') and prev.list_price_fen > 0 and prev.paid_at < orders.created_at))`.mapWith(
          Number,
        ),
    })
    .from(orders)
    .where(and(inArray(orders.productId, ids), inArray(orders.type, [...purchaseTypes]), gt(orders.listPriceFen, 0), inWindow(orders.createdAt)))
    .groupBy(orders.productId);

  const refundRows = await db
    .select({ productId: orders.productId, n: sql<number>`count(distinct ${orders.parentOrderId})`.mapWith(Number) })
    .from(orders)
    .where(and(inArray(orders.productId, ids), eq(orders.type, 'refund'), inWindow(orders.createdAt)))
    .groupBy(orders.productId);

  const quoteRows = await db
    .select({ productId: proposalQuotes.productId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(proposalQuotes)
    .innerJoin(proposals, eq(proposals.id, proposalQuotes.proposalId))
    .where(and(inArray(proposalQuotes.productId, ids), gte(proposalQuotes.createdAt, from), lt(proposalQuotes.createdAt, to)))
    .groupBy(proposalQuotes.productId);

  const fiveStar = and(eq(reviews.quality, 5), eq(reviews.attitude, 5), eq(reviews.speed, 5), eq(reviews.isDefault, false));
  const reviewRows = await db
    .select({ productId: reviews.productId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(reviews)
    .where(and(inArray(reviews.productId, ids), fiveStar, gte(reviews.createdAt, from), lt(reviews.createdAt, to)))
    .groupBy(reviews.productId);
  // a project's 5 分 is its order's review, whenever the buyer gave it
  const fiveStarProjectOrders = new Set(
    (
      await db
        .select({ orderId: reviews.orderId })
        .from(reviews)
        .where(and(inArray(reviews.productId, ids), fiveStar))
    ).map((r) => r.orderId),
  );

  const discountRows = await db
    .selectDistinct({ productId: discounts.productId })
    .from(discounts)
    .where(
      and(
        inArray(discounts.productId, ids),
        eq(discounts.publishStatus, 'published'),
        isNull(discounts.deletedAt),
        lte(discounts.startsAt, now),
        gt(discounts.endsAt, now),
      ),
    );
  const couponRows = await db
    .select({ sellerId: coupons.sellerId, scope: coupons.scope, productIds: coupons.productIds })
    .from(coupons)
    .where(
      and(
        sellerId ? eq(coupons.sellerId, sellerId) : undefined,
        eq(coupons.status, 'normal'),
        lte(coupons.issueFrom, now),
        gt(coupons.issueTo, now),
        or(
          eq(coupons.scope, 'shop'),
          sql`${coupons.productIds} ?| array[${sql.join(
            ids.map((i) => sql`${i}`),
            sql`, `,
          )}]`,
        ),
      ),
    );

  const projects = new Map((await productProjectCounts(db, sellerId, from, to)).map((p) => [p.productId, p]));
  const sellers = [...new Set(prods.map((p) => p.sellerId))];
  // every seller's traffic in one statement (the daily sweep reads all of them on its transaction)
  const traffic = new Map((await productTrafficBetween(db, sellers, fromDay, day)).map((t) => [t.productId, t]));

  const byProduct = <T extends { productId: string | null }>(rows: T[]) => new Map(rows.map((r) => [r.productId ?? '', r]));
  const o = byProduct(orderRows);
  const r = byProduct(refundRows);
  const q = byProduct(quoteRows);
  const rv = byProduct(reviewRows);
  const onDiscount = new Set(discountRows.map((d) => d.productId));
  const privilegesOf = await productPrivileges(db, ids);

  return prods.map((p) => {
    const ord = o.get(p.id);
    const proj = projects.get(p.id);
    const tr = traffic.get(p.id);
    const privileges = privilegesOf.get(p.id) ?? { brandGreenChannel: false, hosted: false };
    const paid = ord?.paidOrderCount ?? 0;
    const refunds = r.get(p.id)?.n ?? 0;
    const orderCount = ord?.orderCount ?? 0;
    const hasCoupon = couponRows.some((c) => c.sellerId === p.sellerId && (c.scope === 'shop' || c.productIds.includes(p.id)));
    const inputs: StrengthInputs = {
      ...emptyInputs(p.type === 'service'),
      payingBuyerRate: ord && ord.buyers > 0 ? ord.payingBuyers / ord.buyers : 0,
      orderCount,
      paidOrderCount: paid,
      gmvFen: ord?.gmvFen ?? 0,
      renewalRate: orderCount > 0 ? (ord?.renewals ?? 0) / orderCount : 0,
      repurchaseRate: orderCount > 0 ? (ord?.repurchases ?? 0) / orderCount : 0,
      detailUv: tr?.uv ?? 0,
      detailVisitors: tr?.visitors ?? 0,
      avgStaySeconds: tr?.avgStaySeconds ?? 0,
      brandGreenChannel: privileges.brandGreenChannel ? 1 : 0,
      quotesSent: q.get(p.id)?.n ?? 0,
      refundCount: refunds,
      refundRate: paid > 0 ? Math.min(1, refunds / paid) : 0,
      projects: proj?.started ?? 0,
      projectsCompleted: proj?.completed ?? 0,
      fiveStarProjects: proj ? proj.completedOrderIds.filter((id) => fiveStarProjectOrders.has(id)).length : 0,
      fiveStarOrders: rv.get(p.id)?.n ?? 0,
      hasCases: p.cases.trim() ? 1 : 0,
      hasQualification: p.qualification.trim() ? 1 : 0,
      hasVideo: p.video || p.live ? 1 : 0,
      hasPromotion: onDiscount.has(p.id) || hasCoupon ? 1 : 0,
      hostedBonus: privileges.hosted ? HOSTED_BONUS_POINTS : 0,
    };
    return { productId: p.id, sellerId: p.sellerId, productName: p.name, productType: p.type, inputs };
  });
}
