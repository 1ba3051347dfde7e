import { randomBytes } from 'node:crypto';
import type { LiveBody, LiveDetail, LiveListQuery, LiveOption, LiveProductOption, LiveSummary, OperatorLive } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { findFile } from '../../platform/files/index.js';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { sellers } from '../accounts/index.js';
import { products } from '../catalog/index.js';
import { coupons } from '../promotions/index.js';
import { assertLivePermission } from './live-permission.service.js';
import { liveMachine, normaliseKeywords } from './live-status.js';
import { lives } from './live.tables.js';

type DC = Pick<Deps, 'db' | 'clock' | 'config'>;
export type LiveRow = typeof lives.$inferSelect;
type ParsedBody = { [K in keyof LiveBody]-?: Exclude<LiveBody[K], undefined> };

/** 直播渠道: where the live page is shown (the guide's 云栖社区 is Aliyun's; ours is the store). */
export const LIVE_CHANNEL = 'Cloudmart 直播';
export const livePath = (id: string) => `/store/live/${id}`;
/** An unguessable OBS stream key: 192 random bits. */
export const newStreamKey = () => `lk_${randomBytes(24).toString('base64url')}`;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toSummary(r: LiveRow): LiveSummary {
  return {
    id: r.id,
    name: r.name,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    mode: r.mode,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
  };
}

async function productRef(db: Db, id: string | null, listedOnly = false) {
  if (!id) return null;
  const [p] = await db.select({ id: products.id, name: products.name, code: products.code, status: products.status }).from(products).where(eq(products.id, id));
  if (!p || (listedOnly && p.status !== 'listed')) return null;
  return { id: p.id, name: p.name, code: p.code };
}

export async function couponRef(db: Db, id: string | null) {
  if (!id) return null;
  const [c] = await db
    .select({
      id: coupons.id,
      name: coupons.name,
      kind: coupons.kind,
      rateTenths: coupons.rateTenths,
      reduceFen: coupons.reduceFen,
      thresholdFen: coupons.thresholdFen,
      status: coupons.status,
    })
    .from(coupons)
    .where(eq(coupons.id, id));
  if (!c) return null;
  const { status: _s, ...ref } = c;
  return { ...ref, status: c.status };
}

/** The live's row with its seller's name; another seller's live is not found. */
export async function liveRow(db: Db, id: string, sellerId?: string) {
  const [r] = await db
    .select({ live: lives, sellerName: sellers.name })
    .from(lives)
    .innerJoin(sellers, eq(sellers.id, lives.sellerId))
    .where(and(eq(lives.id, id), sellerId ? eq(lives.sellerId, sellerId) : undefined));
  if (!r) throw notFound('live');
  return r;
}

/** The detail; `withKey` only on the seller's own routes (the stream key never reaches operators or buyers). */
export async function toDetail(deps: Pick<Deps, 'db' | 'config'>, r: { live: LiveRow; sellerName: string }, withKey: boolean): Promise<LiveDetail> {
  const l = r.live;
  const coupon = await couponRef(deps.db, l.couponId);
  const realtime = l.mode === 'realtime' && withKey;
  return {
    ...toSummary(l),
    keywords: l.keywords,
    intro: l.intro,
    product: await productRef(deps.db, l.productId),
    coupon: coupon && {
      id: coupon.id,
      name: coupon.name,
      kind: coupon.kind,
      rateTenths: coupon.rateTenths,
      reduceFen: coupon.reduceFen,
      thresholdFen: coupon.thresholdFen,
    },
    coverFileId: l.coverFileId,
    recordingFileId: l.recordingFileId,
    rejectReason: l.rejectReason,
    decidedAt: iso(l.decidedAt),
    channel: LIVE_CHANNEL,
    livePath: livePath(l.id),
    pushUrl: realtime ? deps.config.LIVE_PUSH_BASE_URL : null,
    streamKey: realtime ? l.streamKey : null,
    streamKeyRotatedAt: realtime ? iso(l.streamKeyRotatedAt) : null,
    sellerName: r.sellerName,
  };
}

export async function getSellerLive(deps: Pick<Deps, 'db' | 'config'>, sellerId: string, id: string): Promise<LiveDetail> {
  return toDetail(deps, await liveRow(deps.db, id, sellerId), true);
}

/** 直播列表: the seller's lives, newest first; q matches the name or the id. */
export async function listSellerLives(deps: Pick<Deps, 'db'>, sellerId: string, q: LiveListQuery): Promise<Page<LiveSummary>> {
  const where = and(
    eq(lives.sellerId, sellerId),
    q.status ? eq(lives.status, q.status) : undefined,
    q.q ? or(ilike(lives.name, `%${q.q}%`), eq(lives.id, q.q)) : undefined,
  );
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(lives).where(where);
  const rows = await deps.db.select().from(lives).where(where).orderBy(desc(lives.createdAt), desc(lives.id)).limit(q.pageSize).offset(offsetOf(q));
  return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
}

/**
 * The references of a live body must be the seller's own: the product (商品, optional), the
 * coupon (优惠券, optional, not voided) and the cover (a live_cover upload, already checked to
 * be a 552×280 jpg/png when it was uploaded).
 */
async function assertOwnRefs(db: Db, sellerId: string, b: ParsedBody): Promise<void> {
  if (b.productId) {
    const [p] = await db.select({ sellerId: products.sellerId }).from(products).where(eq(products.id, b.productId));
    if (p?.sellerId !== sellerId) throw new DomainError('live_product_unknown', 'the product must be one of your own', { field: 'body.productId' });
  }
  if (b.couponId) {
    const [c] = await db.select({ sellerId: coupons.sellerId, status: coupons.status }).from(coupons).where(eq(coupons.id, b.couponId));
    if (c?.sellerId !== sellerId || c.status !== 'normal')
      throw new DomainError('live_coupon_unknown', 'the coupon must be one of your own, not voided', { field: 'body.couponId' });
  }
  await assertOwnFile(db, sellerId, b.coverFileId, 'live_cover', 'body.coverFileId');
}

async function assertOwnFile(db: Db, sellerId: string, fileId: string, purpose: 'live_cover' | 'live_recording', field: string): Promise<void> {
  const f = await findFile({ db }, fileId);
  if (!f || f.sellerId !== sellerId) throw new DomainError('validation_failed', `${field}: no such file`, { errors: [{ field, message: 'no such file' }] });
  if (f.purpose !== purpose)
    throw new DomainError('validation_failed', `${field}: needs a file uploaded for ${purpose}`, {
      errors: [{ field, message: `needs a file uploaded for ${purpose}` }],
    });
}

function fieldsOf(b: ParsedBody) {
  return {
    name: b.name,
    startsAt: new Date(b.startsAt),
    endsAt: new Date(b.endsAt),
    mode: b.mode,
    keywords: normaliseKeywords(b.keywords),
    intro: b.intro,
    productId: b.productId,
    couponId: b.couponId,
    coverFileId: b.coverFileId,
  };
}

/** 创建直播 (guide 2.11.2): with approved live permission only; the live waits for review. */
export async function createLive(deps: DC, seller: { sellerId: string; userId: string }, body: ParsedBody): Promise<LiveDetail> {
  const now = deps.clock.now();
  const id = newId('liv', now);
  await deps.db.transaction(async (tx) => {
    await assertLivePermission(tx, seller.sellerId);
    await assertOwnRefs(tx, seller.sellerId, body);
    await tx.insert(lives).values({
      id,
      sellerId: seller.sellerId,
      ...fieldsOf(body),
      status: 'pending',
      streamKey: body.mode === 'realtime' ? newStreamKey() : null,
      streamKeyRotatedAt: body.mode === 'realtime' ? now : null,
      createdBy: seller.userId,
      createdAt: now,
      updatedAt: now,
    });
  });
  return getSellerLive(deps, seller.sellerId, id);
}

/**
 * 编辑直播: "直播状态在待审核及未通过的情况下，支持编辑" — a pending live stays pending, a rejected
 * one goes back to pending for review; an approved live answers live_not_editable. Switching to
 * real-time draws a stream key; switching to recorded drops it.
 */
export async function updateLive(deps: DC, sellerId: string, id: string, body: ParsedBody): Promise<LiveDetail> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [l] = await tx
      .select()
      .from(lives)
      .where(and(eq(lives.id, id), eq(lives.sellerId, sellerId)))
      .for('update');
    if (!l) throw notFound('live');
    liveMachine.assert(l.status, 'pending');
    await assertOwnRefs(tx, sellerId, body);
    const key =
      body.mode === l.mode
        ? {}
        : body.mode === 'realtime'
          ? { streamKey: newStreamKey(), streamKeyRotatedAt: now, recordingFileId: null }
          : { streamKey: null, streamKeyRotatedAt: null };
    await tx
      .update(lives)
      .set({ ...fieldsOf(body), ...key, status: 'pending', rejectReason: null, updatedAt: now })
      .where(eq(lives.id, id));
  });
  return getSellerLive(deps, sellerId, id);
}

/** 重置密钥: a new stream key; the old one is refused by the ingest from now on. */
export async function rotateStreamKey(deps: DC, sellerId: string, id: string): Promise<LiveDetail> {
  const now = deps.clock.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.db.transaction(async (tx) => {
        const [l] = await tx
          .select({ mode: lives.mode })
          .from(lives)
          .where(and(eq(lives.id, id), eq(lives.sellerId, sellerId)))
          .for('update');
        if (!l) throw notFound('live');
        if (l.mode !== 'realtime') throw new DomainError('live_mode_mismatch', 'only a real-time live has a stream key', { mode: l.mode });
        await tx.update(lives).set({ streamKey: newStreamKey(), streamKeyRotatedAt: now, updatedAt: now }).where(eq(lives.id, id));
      });
      return getSellerLive(deps, sellerId, id);
    } catch (err) {
      if (attempt < 3 && isUniqueViolation(err, 'lives_stream_key_uq')) continue;
      throw err;
    }
  }
}

/**
 * 直播视频录制: a recorded live's video (a live_recording upload), set or replaced in any review
 * state — the guide has it handed over after approval ("审核通过后…提交录播视频").
 */
export async function setRecording(deps: DC, sellerId: string, id: string, fileId: string): Promise<LiveDetail> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [l] = await tx
      .select({ mode: lives.mode })
      .from(lives)
      .where(and(eq(lives.id, id), eq(lives.sellerId, sellerId)))
      .for('update');
    if (!l) throw notFound('live');
    if (l.mode !== 'recorded') throw new DomainError('live_mode_mismatch', 'only a recorded live takes an uploaded video', { mode: l.mode });
    await assertOwnFile(tx, sellerId, fileId, 'live_recording', 'body.fileId');
    await tx.update(lives).set({ recordingFileId: fileId, updatedAt: now }).where(eq(lives.id, id));
  });
  return getSellerLive(deps, sellerId, id);
}

/** 商品: "根据商品名称搜索，支持模糊搜索" over the seller's own products (name or code). */
export async function liveProductOptions(deps: Pick<Deps, 'db'>, sellerId: string, q: string): Promise<LiveProductOption[]> {
  const rows = await deps.db
    .select({ id: products.id, name: products.name, code: products.code, status: products.status })
    .from(products)
    .where(and(eq(products.sellerId, sellerId), q ? or(ilike(products.name, `%${q}%`), ilike(products.code, `%${q}%`)) : undefined))
    .orderBy(asc(products.name), asc(products.id))
    .limit(20);
  return rows;
}

/** The approved lives a product may bind as its 商品直播ID. */
export async function approvedLiveOptions(deps: Pick<Deps, 'db'>, sellerId: string): Promise<LiveOption[]> {
  const rows = await deps.db
    .select()
    .from(lives)
    .where(and(eq(lives.sellerId, sellerId), eq(lives.status, 'approved')))
    .orderBy(desc(lives.startsAt), desc(lives.id))
    .limit(100);
  return rows.map((r) => ({ id: r.id, name: r.name, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() }));
}

/** For catalog: a product's 商品直播ID must be one of its seller's approved lives. */
export async function assertApprovedLive(db: Db, sellerId: string, liveId: string): Promise<void> {
  const [l] = await db.select({ sellerId: lives.sellerId, status: lives.status }).from(lives).where(eq(lives.id, liveId));
  if (l?.sellerId !== sellerId || l.status !== 'approved')
    throw new DomainError('live_not_approved', 'the live must be one of your approved lives', { field: 'body.liveId' });
}

export function toOperatorLive(r: { live: LiveRow; sellerName: string }): OperatorLive {
  return { ...toSummary(r.live), sellerId: r.live.sellerId, sellerName: r.sellerName, rejectReason: r.live.rejectReason, decidedAt: iso(r.live.decidedAt) };
}

export async function listOperatorLives(deps: Pick<Deps, 'db'>, q: PageQuery & { status?: LiveRow['status'] | undefined }): Promise<Page<OperatorLive>> {
  const where = q.status ? eq(lives.status, q.status) : undefined;
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(lives).where(where);
  const rows = await deps.db
    .select({ live: lives, sellerName: sellers.name })
    .from(lives)
    .innerJoin(sellers, eq(sellers.id, lives.sellerId))
    .where(where)
    .orderBy(desc(lives.updatedAt), desc(lives.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(toOperatorLive), total, page: q.page, pageSize: q.pageSize };
}
