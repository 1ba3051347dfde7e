import { and, count, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { HomeSales } from '@cloudmart/contracts';
import { beijingDate, beijingDayStart } from '../../platform/beijing-time.js';
import { DAY } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import { instances, orders } from './orders.tables.js';

/*
 * Read-only figures for the portals' home pages (issue 11 item 8). Guide 7 (数据总览): "交易金额 —
 * 所有商品的交易金额总和（不包含退款）", and the 30-day window of "近30天交易额（GMV）". GMV is what buyers paid
 * minus what went back to them: the sum of paid_fen over orders paid in the window, where a
 * refund order is negative and dated by its refund, so a refund lowers the day it happens on.
 */

const TREND_DAYS = 30;

/** Orders placed, paid and GMV for one seller (or the whole platform when `sellerId` is null): today, 30 days and a daily trend. */
export async function salesFigures(db: Db, sellerId: string | null, now: Date): Promise<HomeSales> {
  const todayStart = beijingDayStart(now);
  const from = new Date(todayStart.getTime() - (TREND_DAYS - 1) * DAY);
  const end = new Date(todayStart.getTime() + DAY);
  const seller = sellerId ? eq(orders.sellerId, sellerId) : undefined;

  const placed = await db
    .select({ createdAt: orders.createdAt, paidAt: orders.paidAt })
    .from(orders)
    .where(and(seller, ne(orders.type, 'refund'), gte(orders.createdAt, from), lt(orders.createdAt, end)));
  const paid = await db
    .select({ paidAt: orders.paidAt, paidFen: orders.paidFen })
    .from(orders)
    .where(and(seller, inArray(orders.status, ['paid', 'refunded']), gte(orders.paidAt, from), lt(orders.paidAt, end)));

  const days = Array.from({ length: TREND_DAYS }, (_, i) => beijingDate(new Date(from.getTime() + i * DAY)));
  const byDay = new Map(days.map((day) => [day, { day, orders: 0, gmvFen: 0 }]));
  const today = beijingDate(now);
  let ordersToday = 0;
  let paidToday = 0;
  for (const o of placed) {
    const day = beijingDate(o.createdAt);
    const point = byDay.get(day);
    if (point) point.orders += 1;
    if (day === today) {
      ordersToday += 1;
      if (o.paidAt) paidToday += 1;
    }
  }
  let gmv30dFen = 0;
  for (const p of paid) {
    if (!p.paidAt) continue;
    const point = byDay.get(beijingDate(p.paidAt));
    if (point) point.gmvFen += p.paidFen;
    gmv30dFen += p.paidFen;
  }
  return { ordersToday, paidToday, gmvTodayFen: byDay.get(today)?.gmvFen ?? 0, gmv30dFen, trend: days.flatMap((d) => byDay.get(d) ?? []) };
}

/** How many days ahead an instance counts as expiring soon on the buyer's home page. */
export const EXPIRING_SOON_DAYS = 7;

/** The buyer's orders to pay and instances (running, and expiring within 7 days). */
export async function buyerOrderFigures(
  db: Db,
  buyerId: string,
  now: Date,
): Promise<{ ordersToPay: number; activeInstances: number; expiringInstances: number }> {
  const [unpaid] = await db
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.buyerId, buyerId), eq(orders.status, 'unpaid')));
  const soon = new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY);
  const [live] = await db
    .select({
      active: count(),
      expiring: sql<number>`count(*) filter (where ${lt(instances.expiresAt, soon)})`.mapWith(Number),
    })
    .from(instances)
    .where(and(eq(instances.buyerId, buyerId), inArray(instances.status, ['opening', 'opened', 'in_service'])));
  return { ordersToPay: unpaid?.n ?? 0, activeInstances: live?.active ?? 0, expiringInstances: live?.expiring ?? 0 };
}
