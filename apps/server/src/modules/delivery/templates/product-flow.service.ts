import type { FlowNode, ProductTemplate, ProductTemplateBody } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { products } from '../../catalog/index.js';
import { deliveryProductTemplates, deliveryTemplates } from '../delivery.tables.js';
import { hasWarranty } from './flow-steps.js';
import { templateColumns, toSummary, visibleTemplate } from './templates.queries.js';

/*
 * A service product's flow (DOMAIN 5: "linked to one published template at listing time").
 * Without a link the engine follows the public basic template; a new link applies to projects
 * started afterwards (running projects keep the template they started with).
 */

export interface ProductFlow {
  templateId: string;
  nodes: FlowNode[];
  /** the product's warranty period (calendar days), for a warranty template */
  warrantyDays: number | null;
}

/** The published template linked to a product, for the engine; null when none is linked. */
export async function templateForProduct(db: Db, productId: string): Promise<ProductFlow | null> {
  const [row] = await db
    .select({ templateId: deliveryTemplates.id, nodes: deliveryTemplates.nodes, warrantyDays: deliveryProductTemplates.warrantyDays })
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
  return row ? { ...row, warrantyDays: null } : null;
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
  if (p.type !== 'service') throw new DomainError('not_a_service_product', 'only service products are delivered through a service flow');
}

export async function getProductTemplate(db: Db, sellerId: string, productId: string): Promise<ProductTemplate> {
  await ownServiceProduct(db, sellerId, productId);
  const [linked] = await db
    .select({ ...templateColumns, linkedAt: deliveryProductTemplates.linkedAt, warrantyDays: deliveryProductTemplates.warrantyDays })
    .from(deliveryProductTemplates)
    .innerJoin(deliveryTemplates, eq(deliveryTemplates.id, deliveryProductTemplates.templateId))
    .where(eq(deliveryProductTemplates.productId, productId));
  if (linked)
    return { productId, linked: true, linkedAt: linked.linkedAt.toISOString(), warrantyDays: linked.warrantyDays, template: toSummary(linked, sellerId) };
  const [basic] = await db
    .select(templateColumns)
    .from(deliveryTemplates)
    .where(and(eq(deliveryTemplates.presetKey, 'basic'), eq(deliveryTemplates.kind, 'public')));
  return { productId, linked: false, linkedAt: null, warrantyDays: null, template: basic ? toSummary(basic, sellerId) : null };
}

/**
 * Link an own service product to a published template (public or own private). A warranty
 * template needs the product's warranty period; any other template refuses one, so a stale
 * period never lingers on a product.
 */
export async function linkProductTemplate(
  deps: Pick<Deps, 'db' | 'clock'>,
  sellerId: string,
  productId: string,
  body: ProductTemplateBody,
): Promise<ProductTemplate> {
  const { templateId } = body;
  await deps.db.transaction(async (tx) => {
    await ownServiceProduct(tx, sellerId, productId);
    const template = await visibleTemplate(tx, sellerId, templateId);
    if (template.status !== 'published') throw new DomainError('template_not_published', 'publish the template before linking it to a product');
    const warrantyDays = body.warrantyDays ?? null;
    if (hasWarranty(template.nodes) !== (warrantyDays !== null)) {
      const [detail, message] =
        warrantyDays === null
          ? ['this flow ends with a warranty: set the warranty period in days', 'required']
          : ['only a warranty flow takes a warranty period', 'not allowed for this flow'];
      throw new DomainError('validation_failed', detail, { errors: [{ field: 'body.warrantyDays', message }] });
    }
    const now = deps.clock.now();
    await tx
      .insert(deliveryProductTemplates)
      .values({ productId, vendorSellerId: sellerId, templateId, linkedAt: now, warrantyDays })
      .onConflictDoUpdate({ target: deliveryProductTemplates.productId, set: { templateId, vendorSellerId: sellerId, linkedAt: now, warrantyDays } });
  });
  return getProductTemplate(deps.db, sellerId, productId);
}
