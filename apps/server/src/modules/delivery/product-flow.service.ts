import type { FlowNode, ProductTemplate } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { products } from '../catalog/index.js';
import { deliveryProductTemplates, deliveryTemplates } from './delivery.tables.js';
import { templateColumns, toSummary, visibleTemplate } from './templates.queries.js';

/*
 * A service product's flow (DOMAIN 5: "linked to one published template at listing time").
 * Without a link the engine follows the public basic template; a new link applies to projects
 * started afterwards (running projects keep the template they started with).
 */

export interface ProductFlow {
  templateId: string;
  nodes: FlowNode[];
}

/** The published template linked to a product, for the engine; null when none is linked. */
export async function templateForProduct(db: Db, productId: string): Promise<ProductFlow | null> {
  const [row] = await db
    .select({ templateId: deliveryTemplates.id, nodes: deliveryTemplates.nodes })
    .from(deliveryProductTemplates)
    .innerJoin(deliveryTemplates, eq(deliveryTemplates.id, deliveryProductTemplates.templateId))
    .where(and(eq(deliveryProductTemplates.productId, productId), eq(deliveryTemplates.status, 'published')));
  return row ?? null;
}

/** The public basic template (seeded at start), the fallback of products with no link. */
export async function basicTemplate(db: Db): Promise<ProductFlow | null> {
  const [row] = await db
    .select({ templateId: deliveryTemplates.id, nodes: deliveryTemplates.nodes })
    .from(deliveryTemplates)
    .where(and(eq(deliveryTemplates.presetKey, 'basic'), eq(deliveryTemplates.kind, 'public'), eq(deliveryTemplates.status, 'published')));
  return row ?? null;
}

export async function basicTemplateId(db: Db): Promise<string | null> {
  return (await basicTemplate(db))?.templateId ?? null;
}

/** The seller's own service product; other sellers' products are 404, other types refused. */
async function ownServiceProduct(db: Db, sellerId: string, productId: string): Promise<void> {
  const [p] = await db
    .select({ type: products.type })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.sellerId, sellerId)));
  if (!p) throw notFound('product');
  if (p.type !== 'service') throw new DomainError('invalid_state', 'only service products are delivered through a service flow');
}

export async function getProductTemplate(db: Db, sellerId: string, productId: string): Promise<ProductTemplate> {
  await ownServiceProduct(db, sellerId, productId);
  const [linked] = await db
    .select({ ...templateColumns, linkedAt: deliveryProductTemplates.linkedAt })
    .from(deliveryProductTemplates)
    .innerJoin(deliveryTemplates, eq(deliveryTemplates.id, deliveryProductTemplates.templateId))
    .where(eq(deliveryProductTemplates.productId, productId));
  if (linked) return { productId, linked: true, linkedAt: linked.linkedAt.toISOString(), template: toSummary(linked, sellerId) };
  const [basic] = await db
    .select(templateColumns)
    .from(deliveryTemplates)
    .where(and(eq(deliveryTemplates.presetKey, 'basic'), eq(deliveryTemplates.kind, 'public')));
  return { productId, linked: false, linkedAt: null, template: basic ? toSummary(basic, sellerId) : null };
}

/** Link an own service product to a published template (public or own private). */
export async function linkProductTemplate(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, productId: string, templateId: string): Promise<ProductTemplate> {
  await deps.db.transaction(async (tx) => {
    await ownServiceProduct(tx, sellerId, productId);
    const template = await visibleTemplate(tx, sellerId, templateId);
    if (template.status !== 'published') throw new DomainError('template_not_published', 'publish the template before linking it to a product');
    const now = deps.clock.now();
    await tx
      .insert(deliveryProductTemplates)
      .values({ productId, vendorSellerId: sellerId, templateId, linkedAt: now })
      .onConflictDoUpdate({ target: deliveryProductTemplates.productId, set: { templateId, vendorSellerId: sellerId, linkedAt: now } });
  });
  return getProductTemplate(deps.db, sellerId, productId);
}
