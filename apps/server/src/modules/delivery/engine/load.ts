import { and, count, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { deliveryAssignments, deliveryProjects } from '../delivery.tables.js';

/** Projects that still occupy capacity. */
export const OPEN_PROJECT_STATUSES = ['queued', 'running', 'paused'] as const;

/**
 * Open load per employee, counted live from active assignments (never from a counter that
 * could drift). Every way a project ends — completion, cancellation, a provider change —
 * releases its assignments in the same transaction (flow-runner releaseAll), so an active
 * assignment always belongs to an open project and the count needs no join to projects:
 * an index-only scan of delivery_assignments_user_idx. Employees without load are absent.
 */
export async function employeeLoads(db: Db, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: deliveryAssignments.userId, n: count() })
    .from(deliveryAssignments)
    .where(and(inArray(deliveryAssignments.userId, [...userIds]), isNull(deliveryAssignments.releasedAt)))
    .groupBy(deliveryAssignments.userId);
  return new Map(rows.map((r) => [r.userId, Number(r.n)]));
}

/** Open projects per provider for one product (running or paused; queued ones have no provider yet). */
export async function providerLoads(db: Db, productId: string): Promise<Map<string, number>> {
  return (await providerLoadsOf(db, [productId])).get(productId) ?? new Map();
}

/** providerLoads for several products in one query: product → provider → open projects. */
export async function providerLoadsOf(db: Db, productIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const byProduct = new Map<string, Map<string, number>>();
  if (productIds.length === 0) return byProduct;
  const rows = await db
    .select({ productId: deliveryProjects.productId, providerSellerId: deliveryProjects.providerSellerId, n: count() })
    .from(deliveryProjects)
    .where(and(inArray(deliveryProjects.productId, [...productIds]), inArray(deliveryProjects.status, ['running', 'paused'])))
    .groupBy(deliveryProjects.productId, deliveryProjects.providerSellerId);
  for (const r of rows) {
    if (!r.providerSellerId) continue;
    const loads = byProduct.get(r.productId) ?? new Map<string, number>();
    loads.set(r.providerSellerId, Number(r.n));
    byProduct.set(r.productId, loads);
  }
  return byProduct;
}
