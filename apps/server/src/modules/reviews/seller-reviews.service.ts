import type { SellerReview, SellerReviewListQuery, SellerReviewSummary, ShopScore } from '@cloudmart/contracts';
import { and, count, desc, eq, gt, gte, ilike, isNull, lt, lte, not, or, sql, sum, type SQL } from 'drizzle-orm';
import { DAY } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { sellers, users } from '../accounts/index.js';
import { requestNotification } from '../notifications/index.js';
import { reviewColumns, toReview } from './buyer-reviews.service.js';
import { REPLY_WINDOW_DAYS, replyDeadline, replyWindowOpen } from './review-windows.js';
import { reviews } from './reviews.tables.js';
import { isToHandle, scoreFromTotals } from './shop-score.js';

type D = Pick<Deps, 'db' | 'clock'>;

const likeText = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const dimensionSum = sql`(${reviews.quality} + ${reviews.attitude} + ${reviews.speed})`;
/** the SQL twin of isToHandle(), for filtering and counting */
const toHandleSql = and(eq(reviews.isDefault, false), or(lt(reviews.quality, 5), lt(reviews.attitude, 5), lt(reviews.speed, 5)));

function listFilter(sellerId: string, q: SellerReviewListQuery): SQL | undefined {
  return and(
    eq(reviews.sellerId, sellerId),
    // the mean is sum / 3; compare sums to stay in integers
    q.minScore !== undefined ? gte(dimensionSum, 3 * q.minScore) : undefined,
    q.maxScore !== undefined ? lte(dimensionSum, 3 * q.maxScore) : undefined,
    q.toHandle === 'true' ? toHandleSql : q.toHandle === 'false' ? not(toHandleSql ?? sql`false`) : undefined,
    q.productName ? ilike(reviews.productName, likeText(q.productName)) : undefined,
    q.from ? gte(reviews.createdAt, new Date(q.from)) : undefined,
    q.to ? lte(reviews.createdAt, new Date(q.to)) : undefined,
  );
}

export async function listSellerReviews(deps: D, sellerId: string, q: SellerReviewListQuery): Promise<Page<SellerReview>> {
  const now = deps.clock.now();
  const where = listFilter(sellerId, q);
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(reviews).where(where);
  const rows = await deps.db
    .select({ ...reviewColumns, buyerUid: users.uid })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.buyerId))
    .where(where)
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const items = rows.map(({ buyerUid, ...r }) => ({
    ...toReview(r),
    buyerUid,
    toHandle: isToHandle(r),
    replyOpen: r.reply === null && replyWindowOpen(r.createdAt, now),
    replyBefore: replyDeadline(r.createdAt).toISOString(),
  }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

async function scoreOfSeller(db: Db, sellerId: string): Promise<ShopScore> {
  const [t] = await db
    .select({
      count: count(),
      quality: sum(reviews.quality).mapWith(Number),
      attitude: sum(reviews.attitude).mapWith(Number),
      speed: sum(reviews.speed).mapWith(Number),
    })
    .from(reviews)
    .where(and(eq(reviews.sellerId, sellerId), eq(reviews.isDefault, false)));
  return scoreFromTotals({ count: t?.count ?? 0, quality: t?.quality ?? 0, attitude: t?.attitude ?? 0, speed: t?.speed ?? 0 });
}

/** The public score of a shop (seller code), for the shop page. */
export async function getShopScore(deps: Pick<Deps, 'db'>, sellerCode: string): Promise<ShopScore> {
  const [s] = await deps.db.select({ id: sellers.id }).from(sellers).where(eq(sellers.code, sellerCode));
  if (!s) throw notFound('shop');
  return scoreOfSeller(deps.db, s.id);
}

export async function sellerReviewSummary(deps: D, sellerId: string): Promise<SellerReviewSummary> {
  const replyFrom = new Date(deps.clock.now().getTime() - REPLY_WINDOW_DAYS * DAY);
  const [c] = await deps.db
    .select({
      defaultCount: count(sql`case when ${reviews.isDefault} then 1 end`),
      toHandleCount: count(sql`case when ${toHandleSql} then 1 end`),
      replyOpenCount: count(sql`case when ${and(isNull(reviews.reply), gt(reviews.createdAt, replyFrom))} then 1 end`),
    })
    .from(reviews)
    .where(eq(reviews.sellerId, sellerId));
  return {
    ...(await scoreOfSeller(deps.db, sellerId)),
    defaultCount: c?.defaultCount ?? 0,
    toHandleCount: c?.toHandleCount ?? 0,
    replyOpenCount: c?.replyOpenCount ?? 0,
  };
}

/**
 * Reply once, within 30 days of the review (default reviews too). The update is
 * conditional on there being no reply yet, so two racing replies leave one.
 */
export async function replyToReview(deps: D, sellerId: string, reviewId: string, text: string): Promise<SellerReview> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [r] = await tx
      .select({ buyerId: reviews.buyerId, productName: reviews.productName, reply: reviews.reply, createdAt: reviews.createdAt })
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.sellerId, sellerId)));
    if (!r) throw notFound('review');
    if (r.reply !== null) throw new DomainError('already_replied', 'a review takes one reply');
    if (!replyWindowOpen(r.createdAt, now)) throw new DomainError('reply_window_closed', `replies close ${REPLY_WINDOW_DAYS} days after the review`);
    const [done] = await tx
      .update(reviews)
      .set({ reply: text, repliedAt: now })
      .where(and(eq(reviews.id, reviewId), isNull(reviews.reply)))
      .returning({ id: reviews.id });
    if (!done) throw new DomainError('already_replied', 'a review takes one reply');
    await requestNotification(tx, now, { userId: r.buyerId, template: 'reviews.replied', params: { productName: r.productName }, link: '/buyer/reviews' });
  });
  const page = await deps.db
    .select({ ...reviewColumns, buyerUid: users.uid })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.buyerId))
    .where(eq(reviews.id, reviewId));
  const [row] = page;
  if (!row) throw notFound('review');
  const { buyerUid, ...r } = row;
  return { ...toReview(r), buyerUid, toHandle: isToHandle(r), replyOpen: false, replyBefore: replyDeadline(r.createdAt).toISOString() };
}
