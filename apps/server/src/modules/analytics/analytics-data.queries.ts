import type { ProductType } from '@cloudmart/contracts';
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/scheduler.js';
import { categories, products } from '../catalog/index.js';
import { orders } from '../orders/index.js';
import { analyticsPageRollups, analyticsProductRollups } from './analytics.tables.js';
import type { Grain } from './analytics-rollup.js';

/*
 * Read-only loads for the reports: traffic from this module's rollups, trade from orders (through
 * its index: the table is exported for read-only joins), names and categories from catalog.
 */

const iso = (d: Date) => d.toISOString();
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

export interface ProductTrafficSum {
  productId: string;
  uv: number;
  pv: number;
  stayMs: number;
  landings: number;
  bounces: number;
  buyers: number;
}

export interface PageTrafficSum {
  uv: number;
  pv: number;
  stayMs: number;
  landings: number;
  bounces: number;
}

export const noPageTraffic: PageTrafficSum = { uv: 0, pv: 0, stayMs: 0, landings: 0, bounces: 0 };

/** Per product page of a seller (or of several) over [from, to), summed over the grain's buckets (a visitor counts once per bucket). */
export async function productTrafficSums(
  db: Db,
  sellerId: string | readonly string[],
  from: Date,
  to: Date,
  grain: Grain = 'day',
): Promise<ProductTrafficSum[]> {
  const sellerIds = typeof sellerId === 'string' ? [sellerId] : [...sellerId];
  if (sellerIds.length === 0) return [];
  const r = analyticsProductRollups;
  const rows = await db
    .select({
      productId: r.productId,
      uv: sql<string>`sum(${r.uv})::float8`,
      pv: sql<string>`sum(${r.pv})::float8`,
      stayMs: sql<string>`sum(${r.stayMs})::float8`,
      landings: sql<string>`sum(${r.landings})::float8`,
      bounces: sql<string>`sum(${r.bounces})::float8`,
      buyers: sql<string>`sum(${r.buyers})::float8`,
    })
    .from(r)
    .where(
      and(sql`${r.grain} = ${grain} and ${r.bucket} >= ${iso(from)}::timestamptz and ${r.bucket} < ${iso(to)}::timestamptz`, inArray(r.sellerId, sellerIds)),
    )
    .groupBy(r.productId);
  return rows.map((x) => ({
    productId: x.productId,
    uv: num(x.uv),
    pv: num(x.pv),
    stayMs: num(x.stayMs),
    landings: num(x.landings),
    bounces: num(x.bounces),
    buyers: num(x.buyers),
  }));
}

/** Per page kind of a seller over [from, to). */
export async function pageTrafficSums(db: Db, sellerId: string, from: Date, to: Date): Promise<Record<'product' | 'shop' | 'order', PageTrafficSum>> {
  const r = analyticsPageRollups;
  const rows = await db
    .select({
      page: r.page,
      uv: sql<string>`sum(${r.uv})::float8`,
      pv: sql<string>`sum(${r.pv})::float8`,
      stayMs: sql<string>`sum(${r.stayMs})::float8`,
      landings: sql<string>`sum(${r.landings})::float8`,
      bounces: sql<string>`sum(${r.bounces})::float8`,
    })
    .from(r)
    .where(sql`${r.grain} = 'day' and ${r.sellerId} = ${sellerId} and ${r.bucket} >= ${iso(from)}::timestamptz and ${r.bucket} < ${iso(to)}::timestamptz`)
    .groupBy(r.page);
  const out = { product: { ...noPageTraffic }, shop: { ...noPageTraffic }, order: { ...noPageTraffic } };
  for (const x of rows) out[x.page] = { uv: num(x.uv), pv: num(x.pv), stayMs: num(x.stayMs), landings: num(x.landings), bounces: num(x.bounces) };
  return out;
}

export interface TrafficBucket {
  bucket: Date;
  productUv: number;
  productPv: number;
  visitedProducts: number;
  /** mean over visited products of each product's stay per view (ms) */
  meanProductStayMs: number | null;
  /** mean over landed-on products of each product's bounce rate */
  meanProductBounce: number | null;
  shopUv: number;
  shopPv: number;
  shopStayMs: number;
  shopLandings: number;
  shopBounces: number;
}

/** The trend's traffic per bucket (grain 'hour' for a day, 'day' otherwise). */
export async function trafficBuckets(db: Db, sellerId: string, from: Date, to: Date, grain: Grain): Promise<Map<number, TrafficBucket>> {
  const range = (t: typeof analyticsProductRollups | typeof analyticsPageRollups): SQL =>
    sql`${t.grain} = ${grain} and ${t.sellerId} = ${sellerId} and ${t.bucket} >= ${iso(from)}::timestamptz and ${t.bucket} < ${iso(to)}::timestamptz`;
  const p = analyticsProductRollups;
  const prod = await db
    .select({
      bucket: p.bucket,
      uv: sql<string>`sum(${p.uv})::float8`,
      pv: sql<string>`sum(${p.pv})::float8`,
      visited: sql<string>`count(*) filter (where ${p.pv} > 0)::float8`,
      stay: sql<string | null>`avg(${p.stayMs}::float8 / nullif(${p.pv}, 0))`,
      bounce: sql<string | null>`avg(${p.bounces}::float8 / nullif(${p.landings}, 0))`,
    })
    .from(p)
    .where(range(p))
    .groupBy(p.bucket);
  const g = analyticsPageRollups;
  const shop = await db
    .select({ bucket: g.bucket, uv: g.uv, pv: g.pv, stayMs: g.stayMs, landings: g.landings, bounces: g.bounces })
    .from(g)
    .where(sql`${range(g)} and ${g.page} = 'shop'`);
  const out = new Map<number, TrafficBucket>();
  const at = (b: Date): TrafficBucket => {
    const key = b.getTime();
    let x = out.get(key);
    if (!x) {
      x = {
        bucket: b,
        productUv: 0,
        productPv: 0,
        visitedProducts: 0,
        meanProductStayMs: null,
        meanProductBounce: null,
        shopUv: 0,
        shopPv: 0,
        shopStayMs: 0,
        shopLandings: 0,
        shopBounces: 0,
      };
      out.set(key, x);
    }
    return x;
  };
  for (const r of prod) {
    const x = at(r.bucket);
    x.productUv = num(r.uv);
    x.productPv = num(r.pv);
    x.visitedProducts = num(r.visited);
    x.meanProductStayMs = r.stay === null ? null : Number(r.stay);
    x.meanProductBounce = r.bounce === null ? null : Number(r.bounce);
  }
  for (const r of shop) {
    const x = at(r.bucket);
    x.shopUv = r.uv;
    x.shopPv = r.pv;
    x.shopStayMs = r.stayMs;
    x.shopLandings = r.landings;
    x.shopBounces = r.bounces;
  }
  return out;
}

/* ---------------- trade ---------------- */

export interface TradeSums {
  /** 下单买家数 / 下单金额 / orders placed: purchase orders (not refunds) created in the range */
  orderingBuyers: number;
  orderAmountFen: number;
  ordersPlaced: number;
  /** 支付买家数 / 支付金额 / orders: purchase orders paid in the range (refunded later or not) */
  payingBuyers: number;
  paidFen: number;
  paidOrders: number;
  /** the vouchers (coupons) on those paid orders: 代金券 income beside the cash paid */
  voucherFen: number;
  /** refunds made in the range (refund orders, dated by their refund) and their count */
  refundFen: number;
  refundOrders: number;
}

const emptyTrade: TradeSums = {
  orderingBuyers: 0,
  orderAmountFen: 0,
  ordersPlaced: 0,
  payingBuyers: 0,
  paidFen: 0,
  paidOrders: 0,
  voucherFen: 0,
  refundFen: 0,
  refundOrders: 0,
};

interface TradeRow {
  key: string | null;
  ordering_buyers: number;
  order_amount: number;
  orders_placed: number;
  paying_buyers: number;
  paid_fen: number;
  paid_orders: number;
  voucher_fen: number;
  refund_fen: number;
  refund_orders: number;
}

/**
 * Trade sums of a seller over [from, to), grouped by `groupBy` (a SQL expression over the order
 * `o`, its product `p` and the instant `t` an order counts at) or not at all.
 */
async function tradeRows(db: Db, sellerId: string, from: Date, to: Date, key: SQL): Promise<(TradeSums & { key: string | null })[]> {
  const f = iso(from);
  const t = iso(to);
  const result = await db.execute(sql`
    with o as (
      select o.*, case when o.type not in ('refund', 'trial') and o.created_at >= ${f}::timestamptz and o.created_at < ${t}::timestamptz then true else false end as placed,
        case when o.paid_at >= ${f}::timestamptz and o.paid_at < ${t}::timestamptz and o.status in ('paid', 'refunded') then true else false end as paid_in
      from ${orders} o
      where o.seller_id = ${sellerId}
        and ((o.created_at >= ${f}::timestamptz and o.created_at < ${t}::timestamptz) or (o.paid_at >= ${f}::timestamptz and o.paid_at < ${t}::timestamptz))
    ), k as (
      select o.*, (${key})::text as key from o left join ${products} p on p.id = o.product_id
    ), placed as (
      select key, count(distinct buyer_id)::float8 as ordering_buyers, sum(paid_fen)::float8 as order_amount, count(*)::float8 as orders_placed
      from k where placed group by key
    ), paid as (
      select key,
        count(distinct buyer_id) filter (where type not in ('refund', 'trial'))::float8 as paying_buyers,
        coalesce(sum(paid_fen) filter (where type not in ('refund', 'trial')), 0)::float8 as paid_fen,
        count(*) filter (where type not in ('refund', 'trial'))::float8 as paid_orders,
        coalesce(sum(coupon_fen) filter (where type not in ('refund', 'trial')), 0)::float8 as voucher_fen,
        coalesce(-sum(paid_fen) filter (where type = 'refund'), 0)::float8 as refund_fen,
        count(*) filter (where type = 'refund')::float8 as refund_orders
      from k where paid_in and type <> 'trial' group by key
    )
    select coalesce(placed.key, paid.key) as key, placed.ordering_buyers, placed.order_amount, placed.orders_placed,
      paid.paying_buyers, paid.paid_fen, paid.paid_orders, paid.voucher_fen, paid.refund_fen, paid.refund_orders
    from placed full join paid on coalesce(placed.key, '~') = coalesce(paid.key, '~')`);
  return rowsOf<TradeRow>(result).map((r) => ({
    key: r.key === null ? null : String(r.key),
    orderingBuyers: num(r.ordering_buyers),
    orderAmountFen: num(r.order_amount),
    ordersPlaced: num(r.orders_placed),
    payingBuyers: num(r.paying_buyers),
    paidFen: num(r.paid_fen),
    paidOrders: num(r.paid_orders),
    voucherFen: num(r.voucher_fen),
    refundFen: num(r.refund_fen),
    refundOrders: num(r.refund_orders),
  }));
}

export async function tradeSums(db: Db, sellerId: string, from: Date, to: Date): Promise<TradeSums> {
  const [row] = await tradeRows(db, sellerId, from, to, sql`'all'`);
  return row ?? { ...emptyTrade };
}

/** Trade per trend bucket: a purchase counts when placed (下单) and when paid (支付), a refund when made. */
export async function tradeByBucket(db: Db, sellerId: string, from: Date, to: Date, grain: Grain): Promise<Map<number, TradeSums>> {
  // the two instants an order counts at fall in different buckets: load each side on its own
  const bucketOf = (col: SQL) =>
    grain === 'day'
      ? sql`extract(epoch from ((date_trunc('day', (${col} at time zone 'UTC') + interval '8 hours') - interval '8 hours') at time zone 'UTC'))::bigint::text`
      : sql`extract(epoch from date_trunc('hour', ${col}))::bigint::text`;
  const placed = await tradeRows(db, sellerId, from, to, bucketOf(sql`o.created_at`));
  const paid = await tradeRows(db, sellerId, from, to, sql`case when o.paid_in then ${bucketOf(sql`o.paid_at`)} else ${bucketOf(sql`o.created_at`)} end`);
  const out = new Map<number, TradeSums>();
  const at = (key: string | null) => {
    const ms = Number(key) * 1000;
    let x = out.get(ms);
    if (!x) {
      x = { ...emptyTrade };
      out.set(ms, x);
    }
    return x;
  };
  for (const r of placed) {
    const x = at(r.key);
    x.orderingBuyers = r.orderingBuyers;
    x.orderAmountFen = r.orderAmountFen;
    x.ordersPlaced = r.ordersPlaced;
  }
  for (const r of paid) {
    const x = at(r.key);
    x.payingBuyers = r.payingBuyers;
    x.paidFen = r.paidFen;
    x.paidOrders = r.paidOrders;
    x.voucherFen = r.voucherFen;
    x.refundFen = r.refundFen;
    x.refundOrders = r.refundOrders;
  }
  return out;
}

/** Trade per product (key = product id). */
export async function tradeByProduct(db: Db, sellerId: string, from: Date, to: Date): Promise<Map<string, TradeSums>> {
  const rows = await tradeRows(db, sellerId, from, to, sql`o.product_id`);
  return new Map(rows.flatMap((r) => (r.key === null ? [] : [[r.key, r] as const])));
}

/** Trade per category (key = category id). */
export async function tradeByCategory(db: Db, sellerId: string, from: Date, to: Date): Promise<Map<string, TradeSums>> {
  const rows = await tradeRows(db, sellerId, from, to, sql`p.category_id`);
  return new Map(rows.flatMap((r) => (r.key === null ? [] : [[r.key, r] as const])));
}

/** Trade per product type (key = products.type): distinct buyers over the type's orders. */
export async function tradeByProductType(db: Db, sellerId: string, from: Date, to: Date): Promise<Map<string, TradeSums>> {
  const rows = await tradeRows(db, sellerId, from, to, sql`p.type`);
  return new Map(rows.flatMap((r) => (r.key === null ? [] : [[r.key, r] as const])));
}

export interface ProductInfo {
  id: string;
  name: string;
  type: ProductType;
  categoryId: string | null;
  categoryName: string | null;
}

/** The seller's products with their type and category (catalog), optionally by name. */
export async function sellerProducts(db: Db, sellerId: string, q?: string): Promise<ProductInfo[]> {
  const rows = await db
    .select({ id: products.id, name: products.name, type: products.type, categoryId: products.categoryId, categoryName: categories.nameZh })
    .from(products)
    .leftJoin(categories, sql`${categories.id} = ${products.categoryId}`)
    .where(q ? sql`${products.sellerId} = ${sellerId} and position(lower(${q}) in lower(${products.name})) > 0` : sql`${products.sellerId} = ${sellerId}`)
    .orderBy(products.createdAt, products.id);
  return rows;
}
