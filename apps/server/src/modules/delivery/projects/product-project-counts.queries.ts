import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { deliveryProjects } from '../delivery.tables.js';

export interface ProductProjectCounts {
  productId: string;
  /** projects started in the window (近30天使用交付中心项目量) */
  started: number;
  /** projects completed in the window (近30天项目完成量) */
  completed: number;
  /** the orders of the projects completed in the window (for 买家5分项目量, judged by the order's review) */
  completedOrderIds: string[];
}

/**
 * Read-only, for 商品成长 (guide 3.1): a vendor's delivery-center projects per product in [from, to).
 * `vendorSellerId` null: every vendor.
 */
export async function productProjectCounts(db: Db, vendorSellerId: string | null, from: Date, to: Date): Promise<ProductProjectCounts[]> {
  const p = deliveryProjects;
  const started = and(gte(p.createdAt, from), lt(p.createdAt, to));
  const completed = and(gte(p.completedAt, from), lt(p.completedAt, to));
  const rows = await db
    .select({
      productId: p.productId,
      started: sql<number>`count(*) filter (where ${started})`.mapWith(Number),
      completed: sql<number>`count(*) filter (where ${completed})`.mapWith(Number),
      completedOrderIds: sql<string[] | null>`array_agg(${p.orderId}) filter (where ${completed})`,
    })
    .from(p)
    .where(and(vendorSellerId ? eq(p.vendorSellerId, vendorSellerId) : undefined, or(started, completed), isNull(p.cancelledAt)))
    .groupBy(p.productId);
  return rows.map((r) => ({ ...r, completedOrderIds: r.completedOrderIds ?? [] }));
}
