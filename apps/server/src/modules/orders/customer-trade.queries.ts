import { and, desc, eq, inArray, max, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { instances, orders } from './orders.tables.js';

/*
 * Read-only figures the customer center (guide 2.8 交易信息 / 订单信息 / 业务信息) shows for a
 * seller's buyers. Derived from orders on each read rather than copied into the customer row, so a
 * refund or a price change can never leave a stale total behind; each query is bounded by one
 * seller and at most a page of buyers and runs on orders_seller_status_idx.
 */

/** A paid purchase: paid, or paid and later refunded (the refund is its own negative order). */
const purchased = ['paid', 'refunded'] as const;

export interface BuyerTrade {
  orderCount: number;
  /** what the buyer paid on purchases, before refunds */
  paidFen: number;
  /** what went back to the buyer, positive */
  refundedFen: number;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
}

export const noTrade: BuyerTrade = { orderCount: 0, paidFen: 0, refundedFen: 0, firstOrderAt: null, lastOrderAt: null };

/** 交易信息 of each buyer with one seller: purchases (order count, paid, first and last 下单时间) and refunds. */
export async function tradeOfBuyers(db: Db, sellerId: string, buyerIds: readonly string[]): Promise<Map<string, BuyerTrade>> {
  const out = new Map<string, BuyerTrade>();
  if (buyerIds.length === 0) return out;
  const rows = await db
    .select({
      buyerId: orders.buyerId,
      orderCount: sql<number>`(count(*) filter (where ${orders.type} <> 'refund'))::int`,
      paidFen: sql<string>`coalesce(sum(${orders.paidFen}) filter (where ${orders.type} <> 'refund'), 0)`,
      refundFen: sql<string>`coalesce(sum(${orders.paidFen}) filter (where ${orders.type} = 'refund'), 0)`,
      firstOrderAt: sql<Date | string | null>`min(${orders.createdAt}) filter (where ${orders.type} <> 'refund')`,
      lastOrderAt: sql<Date | string | null>`max(${orders.createdAt}) filter (where ${orders.type} <> 'refund')`,
    })
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), inArray(orders.buyerId, [...buyerIds]), inArray(orders.status, [...purchased])))
    .groupBy(orders.buyerId);
  const at = (v: Date | string | null) => (v === null ? null : new Date(v));
  for (const r of rows) {
    out.set(r.buyerId, {
      orderCount: Number(r.orderCount),
      paidFen: Number(r.paidFen),
      refundedFen: -Number(r.refundFen),
      firstOrderAt: at(r.firstOrderAt),
      lastOrderAt: at(r.lastOrderAt),
    });
  }
  return out;
}

/** The latest 下单时间 of a buyer's paid purchases with one seller (null when none). */
export async function lastPurchaseAt(db: Db, sellerId: string, buyerId: string): Promise<Date | null> {
  const [r] = await lastPurchaseQuery(db, sellerId, buyerId);
  return r?.last ? new Date(r.last) : null;
}

/** lastPurchaseAt as a value inside another module's statement (the ORDER_PAID handler's upsert), not a round trip of its own. */
export function lastPurchaseAtValue(db: Db, sellerId: string, buyerId: string): SQL<Date | null> {
  return sql<Date | null>`(${lastPurchaseQuery(db, sellerId, buyerId)})`;
}

function lastPurchaseQuery(db: Db, sellerId: string, buyerId: string) {
  return db
    .select({ last: max(orders.createdAt) })
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), eq(orders.buyerId, buyerId), inArray(orders.status, [...purchased]), ne(orders.type, 'refund')));
}

/**
 * Whether each buyer lets this seller see the account's phone and e-mail. The buyer chooses on every
 * order (下单时 "可以选择不将联系方式展示给服务商"); the choice on the latest order with this seller holds,
 * so a buyer who later declines is no longer shown. No order with the seller: no consent.
 */
export async function contactConsentOf(db: Db, sellerId: string, buyerIds: readonly string[]): Promise<Set<string>> {
  if (buyerIds.length === 0) return new Set();
  const rows = await db
    .selectDistinctOn([orders.buyerId], { buyerId: orders.buyerId, showContact: orders.showContact })
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), inArray(orders.buyerId, [...buyerIds]), ne(orders.type, 'refund')))
    .orderBy(orders.buyerId, desc(orders.createdAt), desc(orders.id));
  return new Set(rows.filter((r) => r.showContact === 'yes').map((r) => r.buyerId));
}

export interface BuyerOrderLine {
  id: string;
  orderNo: string;
  productName: string;
  type: string;
  status: string;
  paidFen: number;
  createdAt: Date;
}

/** 订单信息: a buyer's latest orders with one seller, every status. */
export async function ordersOfBuyer(db: Db, sellerId: string, buyerId: string, limit = 20): Promise<BuyerOrderLine[]> {
  const rows = await db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      productName: orders.productName,
      type: orders.type,
      status: orders.status,
      paidFen: orders.paidFen,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), eq(orders.buyerId, buyerId)))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, orderNo: String(r.orderNo) }));
}

export interface BuyerInstanceLine {
  id: string;
  productName: string;
  specName: string;
  status: string;
  expiresAt: Date | null;
}

/** 业务信息: a buyer's latest instances of one seller's products. */
export async function instancesOfBuyer(db: Db, sellerId: string, buyerId: string, limit = 20): Promise<BuyerInstanceLine[]> {
  return db
    .select({
      id: instances.id,
      productName: instances.productName,
      specName: instances.specName,
      status: instances.status,
      expiresAt: instances.expiresAt,
    })
    .from(instances)
    .where(and(eq(instances.sellerId, sellerId), eq(instances.buyerId, buyerId)))
    .orderBy(desc(instances.createdAt), desc(instances.id))
    .limit(limit);
}
