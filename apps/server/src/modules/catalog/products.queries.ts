import type { ProductReview, SellerProductDetail, Spec } from '@cloudmart/contracts';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { categories, productReviews, productSpecs, products, specMeters, specPrices } from './catalog.tables.js';

/** A field-level validation failure found by a service (it needed the database to know). */
export function fieldError(field: string, message: string): DomainError {
  return new DomainError('validation_failed', `${field}: ${message}`, { errors: [{ field, message }] });
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export type ProductRow = Pick<
  typeof products.$inferSelect,
  'id' | 'sellerId' | 'type' | 'billing' | 'status' | 'reviewStatus' | 'name' | 'description' | 'spiUrl' | 'listedAt' | 'categoryId' | 'liveId'
>;

/**
 * The caller's own product, row-locked for the rest of the transaction so that checks
 * across specs (the last visible one, readiness) cannot race. Another seller's id is
 * simply not found.
 */
export async function lockOwnProduct(tx: Db, sellerId: string, productId: string): Promise<ProductRow> {
  const [p] = await tx
    .select({
      id: products.id,
      sellerId: products.sellerId,
      type: products.type,
      billing: products.billing,
      status: products.status,
      reviewStatus: products.reviewStatus,
      name: products.name,
      description: products.description,
      spiUrl: products.spiUrl,
      listedAt: products.listedAt,
      categoryId: products.categoryId,
      liveId: products.liveId,
    })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.sellerId, sellerId)))
    .for('update');
  if (!p) throw notFound('product');
  return p;
}

export async function assertCategoryExists(db: Db, categoryId: string): Promise<void> {
  const [c] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId));
  if (!c) throw fieldError('body.categoryId', 'no such category');
}

const PERIOD_ORDER = { month: 0, year: 1 } as const;

/** Specs of several products with their prices and meters, in display order. */
export async function loadSpecs(db: Db, productIds: readonly string[]): Promise<Map<string, Spec[]>> {
  const out = new Map<string, Spec[]>();
  if (productIds.length === 0) return out;
  const specs = await db
    .select({
      id: productSpecs.id,
      productId: productSpecs.productId,
      name: productSpecs.name,
      hidden: productSpecs.hidden,
      isTrial: productSpecs.isTrial,
      trialDays: productSpecs.trialDays,
      sort: productSpecs.sort,
    })
    .from(productSpecs)
    .where(inArray(productSpecs.productId, [...productIds]))
    .orderBy(asc(productSpecs.sort), asc(productSpecs.createdAt), asc(productSpecs.id));
  const specIds = specs.map((s) => s.id);
  const prices = specIds.length
    ? await db
        .select({ specId: specPrices.specId, unit: specPrices.unit, duration: specPrices.duration, priceFen: specPrices.priceFen })
        .from(specPrices)
        .where(inArray(specPrices.specId, specIds))
    : [];
  const meters = specIds.length
    ? await db
        .select({
          specId: specMeters.specId,
          dimension: specMeters.dimension,
          unitLabel: specMeters.unitLabel,
          priceFen: specMeters.priceFen,
          per: specMeters.per,
        })
        .from(specMeters)
        .where(inArray(specMeters.specId, specIds))
        .orderBy(asc(specMeters.dimension))
    : [];
  prices.sort((a, b) => PERIOD_ORDER[a.unit] - PERIOD_ORDER[b.unit] || a.duration - b.duration);
  for (const { productId, ...s } of specs) {
    const spec: Spec = {
      ...s,
      prices: prices.filter((p) => p.specId === s.id).map(({ specId: _s, ...p }) => p),
      meters: meters.filter((m) => m.specId === s.id).map(({ specId: _s, ...m }) => m),
    };
    out.set(productId, [...(out.get(productId) ?? []), spec]);
  }
  return out;
}

export const reviewColumns = {
  id: productReviews.id,
  kind: productReviews.kind,
  status: productReviews.status,
  reason: productReviews.reason,
  activeUsers: productReviews.activeUsers,
  letterFileId: productReviews.letterFileId,
  decisionReason: productReviews.decisionReason,
  createdAt: productReviews.createdAt,
  decidedAt: productReviews.decidedAt,
};

export function toReview(r: { createdAt: Date; decidedAt: Date | null } & Omit<ProductReview, 'createdAt' | 'decidedAt'>): ProductReview {
  return { ...r, createdAt: r.createdAt.toISOString(), decidedAt: iso(r.decidedAt) };
}

export async function loadReview(db: Db, reviewId: string): Promise<ProductReview> {
  const [r] = await db.select(reviewColumns).from(productReviews).where(eq(productReviews.id, reviewId));
  if (!r) throw notFound('review');
  return toReview(r);
}

/** The seller's view of one product; `sellerId` null reads any seller's (operators, tests). */
/** The columns of a product's summary row (the seller's list), which its detail extends. */
export const productSummaryColumns = {
  id: products.id,
  code: products.code,
  name: products.name,
  type: products.type,
  billing: products.billing,
  status: products.status,
  reviewStatus: products.reviewStatus,
  visible: products.visible,
  createdAt: products.createdAt,
  listedAt: products.listedAt,
};

export async function loadProductDetail(db: Db, sellerId: string | null, productId: string): Promise<SellerProductDetail> {
  const [p] = await db
    .select({
      ...productSummaryColumns,
      categoryId: products.categoryId,
      categoryNameZh: categories.nameZh,
      categoryNameEn: categories.nameEn,
      summary: products.summary,
      description: products.description,
      customerCases: products.customerCases,
      qualification: products.qualification,
      imageFileIds: products.imageFileIds,
      videoFileId: products.videoFileId,
      liveId: products.liveId,
      spiUrl: products.spiUrl,
      rejectReason: products.rejectReason,
      submittedAt: products.submittedAt,
      delistedAt: products.delistedAt,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.id, productId), sellerId ? eq(products.sellerId, sellerId) : undefined));
  if (!p) throw notFound('product');
  const reviews = await db
    .select(reviewColumns)
    .from(productReviews)
    .where(eq(productReviews.productId, productId))
    .orderBy(desc(productReviews.createdAt), desc(productReviews.id));
  const latest = (kind: 'listing' | 'delisting') => {
    const r = reviews.find((x) => x.kind === kind);
    return r ? toReview(r) : null;
  };
  return {
    ...p,
    createdAt: p.createdAt.toISOString(),
    listedAt: iso(p.listedAt),
    submittedAt: iso(p.submittedAt),
    delistedAt: iso(p.delistedAt),
    updatedAt: p.updatedAt.toISOString(),
    specs: (await loadSpecs(db, [productId])).get(productId) ?? [],
    latestListingReview: latest('listing'),
    delistingRequest: latest('delisting'),
  };
}
