import type { WorkbenchProducts } from '@cloudmart/contracts';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { DomainError } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { products } from '../../catalog/index.js';
import { deliveryProviderLinks, deliveryWorkbenchProducts } from '../delivery.tables.js';

/*
 * 配置产品在工作台展示 (guide 5.4.10; 5.5.5 前提条件 "服务商已将目标产品配置到员工个人工作台"): the provider
 * admin picks which products its employees' workbenches show as tabs. The choice is among the
 * service products the provider may deliver: its own, and those of vendors linked to it.
 */

/** Service products this provider may deliver: its own and its linked vendors'. */
async function deliverable(db: Db, sellerId: string, onlyIds?: readonly string[]) {
  const vendors = db
    .select({ id: deliveryProviderLinks.vendorSellerId })
    .from(deliveryProviderLinks)
    .where(eq(deliveryProviderLinks.providerSellerId, sellerId));
  return db
    .select({ productId: products.id, productName: products.name })
    .from(products)
    .where(
      and(
        eq(products.type, 'service'),
        or(eq(products.sellerId, sellerId), inArray(products.sellerId, vendors)),
        onlyIds ? inArray(products.id, [...onlyIds]) : undefined,
      ),
    )
    .orderBy(asc(products.name), asc(products.id));
}

/** The configured product ids in order (empty: not configured). */
export async function workbenchProductIds(db: Db, sellerId: string): Promise<string[]> {
  const rows = await db
    .select({ productId: deliveryWorkbenchProducts.productId })
    .from(deliveryWorkbenchProducts)
    .where(eq(deliveryWorkbenchProducts.providerSellerId, sellerId))
    .orderBy(asc(deliveryWorkbenchProducts.position));
  return rows.map((r) => r.productId);
}

export async function getWorkbenchProducts(db: Db, sellerId: string): Promise<WorkbenchProducts> {
  const available = await deliverable(db, sellerId);
  const names = new Map(available.map((p) => [p.productId, p.productName]));
  const configured = (await workbenchProductIds(db, sellerId)).map((productId) => ({ productId, productName: names.get(productId) ?? productId }));
  return { configured, available };
}

/** Replace the choice; a product the provider cannot deliver (or another seller's) is not found. */
export async function setWorkbenchProducts(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, productIds: readonly string[]): Promise<WorkbenchProducts> {
  const found = productIds.length ? await deliverable(deps.db, sellerId, productIds) : [];
  if (found.length !== productIds.length) throw new DomainError('not_found', 'a product is not one this provider delivers');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.delete(deliveryWorkbenchProducts).where(eq(deliveryWorkbenchProducts.providerSellerId, sellerId));
    if (productIds.length)
      await tx
        .insert(deliveryWorkbenchProducts)
        .values(productIds.map((productId, position) => ({ providerSellerId: sellerId, productId, position, createdAt: now })));
  });
  return getWorkbenchProducts(deps.db, sellerId);
}
