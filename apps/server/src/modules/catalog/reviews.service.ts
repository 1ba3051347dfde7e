import type { DelistingRequestBody, OperatorReview, OperatorReviewListQuery, ProductReview, SellerProductDetail } from '@cloudmart/contracts';
import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { sellers, users } from '../accounts/index.js';
import { requestNotification } from '../notifications/index.js';
import { assertOwnFiles } from './catalog.files.js';
import { productReviews, productSpecs, products, specMeters, specPrices } from './catalog.tables.js';
import { listingProblemsOf } from './listing-readiness.js';
import { assertProductMove } from './product-status.js';
import { loadProductDetail, loadReview, lockOwnProduct, reviewColumns, toReview } from './products.queries.js';
import { assertListingReviewMove, assertReviewMove } from './review-status.js';

type D = Pick<Deps, 'db' | 'clock'>;

async function specFacts(tx: Db, productId: string) {
  const specs = await tx
    .select({ id: productSpecs.id, hidden: productSpecs.hidden, isTrial: productSpecs.isTrial })
    .from(productSpecs)
    .where(eq(productSpecs.productId, productId));
  const priceCounts = await tx
    .select({ specId: specPrices.specId, n: count() })
    .from(specPrices)
    .innerJoin(productSpecs, eq(productSpecs.id, specPrices.specId))
    .where(eq(productSpecs.productId, productId))
    .groupBy(specPrices.specId);
  const meterCounts = await tx
    .select({ specId: specMeters.specId, n: count() })
    .from(specMeters)
    .innerJoin(productSpecs, eq(productSpecs.id, specMeters.specId))
    .where(eq(productSpecs.productId, productId))
    .groupBy(specMeters.specId);
  return specs.map((s) => ({
    ...s,
    priceCount: priceCounts.find((c) => c.specId === s.id)?.n ?? 0,
    meterCount: meterCounts.find((c) => c.specId === s.id)?.n ?? 0,
  }));
}

/** Send a draft (new or rejected) to the operators' listing review, if nothing is missing. */
export async function submitForListing(deps: D, sellerId: string, productId: string): Promise<SellerProductDetail> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const p = await lockOwnProduct(tx, sellerId, productId);
    assertProductMove(p.status, 'listed');
    assertListingReviewMove(p.reviewStatus, 'pending');
    const problems = listingProblemsOf({ ...p, specs: await specFacts(tx, productId) });
    if (problems.length) throw new DomainError('listing_incomplete', `not ready for review: ${problems.join(', ')}`, { problems });
    await tx.insert(productReviews).values({ id: newId('prv', now), productId, sellerId, kind: 'listing', createdAt: now });
    await tx.update(products).set({ reviewStatus: 'pending', submittedAt: now, rejectReason: null, updatedAt: now }).where(eq(products.id, productId));
  });
  return loadProductDetail(deps.db, sellerId, productId);
}

/** Guide 6: no self-service delisting; the seller asks, an operator decides. One open request at a time. */
export async function requestDelisting(deps: D, sellerId: string, productId: string, body: DelistingRequestBody): Promise<ProductReview> {
  const now = deps.clock.now();
  const id = newId('prv', now);
  await deps.db.transaction(async (tx) => {
    const p = await lockOwnProduct(tx, sellerId, productId);
    if (p.status === 'delisted') throw new DomainError('product_delisted', 'the product is already delisted');
    if (p.status !== 'listed') throw new DomainError('product_not_listed', 'only listed products can be delisted; a draft is simply not submitted');
    const [open] = await tx
      .select({ id: productReviews.id })
      .from(productReviews)
      .where(and(eq(productReviews.productId, productId), eq(productReviews.kind, 'delisting'), eq(productReviews.status, 'pending')));
    if (open) throw new DomainError('delisting_pending', 'a delisting request for this product is already waiting', { reviewId: open.id });
    await assertOwnFiles(tx, sellerId, [{ field: 'body.letterFileId', id: body.letterFileId, purposes: ['scan_archive', 'document'] }]);
    await tx.insert(productReviews).values({
      id,
      productId,
      sellerId,
      kind: 'delisting',
      reason: body.reason,
      activeUsers: body.activeUsers,
      letterFileId: body.letterFileId,
      createdAt: now,
    });
  });
  return loadReview(deps.db, id);
}

const operatorColumns = {
  ...reviewColumns,
  productId: products.id,
  productCode: products.code,
  productName: products.name,
  productType: products.type,
  sellerId: sellers.id,
  sellerCode: sellers.code,
  sellerName: sellers.name,
};

type OperatorRow = Omit<OperatorReview, 'createdAt' | 'decidedAt' | 'submittedAt'> & { createdAt: Date; decidedAt: Date | null };

function toOperatorReview(r: OperatorRow): OperatorReview {
  return { ...r, ...toReview(r), submittedAt: r.createdAt.toISOString() };
}

function operatorQuery(db: Db) {
  return db
    .select(operatorColumns)
    .from(productReviews)
    .innerJoin(products, eq(products.id, productReviews.productId))
    .innerJoin(sellers, eq(sellers.id, products.sellerId));
}

/** The operators' queue, newest first; filter by kind and status (pending = to do). */
export async function listReviews(deps: Pick<Deps, 'db'>, q: OperatorReviewListQuery): Promise<Page<OperatorReview>> {
  const where = and(q.kind ? eq(productReviews.kind, q.kind) : undefined, q.status ? eq(productReviews.status, q.status) : undefined);
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(productReviews).where(where);
  const rows = await operatorQuery(deps.db).where(where).orderBy(desc(productReviews.createdAt), desc(productReviews.id)).limit(q.pageSize).offset(offsetOf(q));
  return { items: rows.map(toOperatorReview), total, page: q.page, pageSize: q.pageSize };
}

export type Decision = { approve: true } | { approve: false; reason: string };

const templateOf = {
  listing: { approved: 'catalog.listing_approved', rejected: 'catalog.listing_rejected' },
  delisting: { approved: 'catalog.delisting_approved', rejected: 'catalog.delisting_rejected' },
} as const;

/**
 * An operator decides a review. Approving a listing lists the product; approving a
 * delisting delists it for good; rejecting a listing sends it back to the seller with
 * the reason. The seller's main account hears of it through the outbox, in the same
 * transaction, so a decision and its notice exist together or not at all.
 */
export async function decideReview(deps: D, operatorId: string, reviewId: string, decision: Decision): Promise<OperatorReview> {
  const now = deps.clock.now();
  const to = decision.approve ? 'approved' : 'rejected';
  const reason = decision.approve ? null : decision.reason;
  await deps.db.transaction(async (tx) => {
    const [review] = await tx
      .select({ kind: productReviews.kind, status: productReviews.status, productId: productReviews.productId })
      .from(productReviews)
      .where(eq(productReviews.id, reviewId))
      .for('update');
    if (!review) throw notFound('review');
    assertReviewMove(review.status, to);
    const [p] = await tx
      .select({ status: products.status, reviewStatus: products.reviewStatus, sellerId: products.sellerId, name: products.name })
      .from(products)
      .where(eq(products.id, review.productId))
      .for('update');
    if (!p) throw notFound('product');
    if (review.kind === 'listing') {
      assertListingReviewMove(p.reviewStatus, to);
      if (decision.approve) assertProductMove(p.status, 'listed');
      await tx
        .update(products)
        .set(
          decision.approve
            ? { status: 'listed', reviewStatus: 'approved', listedAt: now, rejectReason: null, updatedAt: now }
            : { reviewStatus: 'rejected', rejectReason: reason, updatedAt: now },
        )
        .where(eq(products.id, review.productId));
    } else if (decision.approve) {
      assertProductMove(p.status, 'delisted');
      await tx.update(products).set({ status: 'delisted', delistedAt: now, updatedAt: now }).where(eq(products.id, review.productId));
    }
    await tx.update(productReviews).set({ status: to, decisionReason: reason, decidedBy: operatorId, decidedAt: now }).where(eq(productReviews.id, reviewId));
    const [main] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.sellerId, p.sellerId), eq(users.isMain, true)));
    if (main) {
      await requestNotification(tx, now, {
        userId: main.id,
        template: templateOf[review.kind][to],
        params: reason === null ? { productName: p.name } : { productName: p.name, reason },
        link: `/seller/products/${review.productId}`,
      });
    }
  });
  const [row] = await operatorQuery(deps.db).where(eq(productReviews.id, reviewId));
  if (!row) throw notFound('review');
  return toOperatorReview(row);
}
