import type { PublicLive } from '@cloudmart/contracts';
import { and, eq, or } from 'drizzle-orm';
import { DomainError, notFound } from '../../platform/errors.js';
import type { FileAccessCheck } from '../../platform/files/index.js';
import type { Deps } from '../../platform/module.js';
import { products } from '../catalog/index.js';
import { livePhaseOf, mayPublish } from './live-status.js';
import { lives } from './live.tables.js';
import { couponRef, liveRow } from './lives.service.js';

/**
 * The store's 直播 page: an approved live only (any other answers 404), its phase by the clock,
 * the product when it is listed, and the coupon, claimable during the live (guide 2.12:
 * "如果您创建直播中配置了优惠券，那在观看直播期间即可领取到优惠券").
 */
export async function publicLive(deps: Pick<Deps, 'db' | 'clock'>, id: string): Promise<PublicLive> {
  const { live: l, sellerName } = await liveRow(deps.db, id);
  if (l.status !== 'approved') throw notFound('live');
  const phase = livePhaseOf(l, deps.clock.now());
  const [p] = l.productId
    ? await deps.db
        .select({ id: products.id, name: products.name, code: products.code, status: products.status })
        .from(products)
        .where(eq(products.id, l.productId))
    : [];
  const c = await couponRef(deps.db, l.couponId);
  const coupon =
    c && c.status === 'normal'
      ? { id: c.id, name: c.name, kind: c.kind, rateTenths: c.rateTenths, reduceFen: c.reduceFen, thresholdFen: c.thresholdFen }
      : null;
  return {
    id: l.id,
    name: l.name,
    intro: l.intro,
    keywords: l.keywords,
    startsAt: l.startsAt.toISOString(),
    endsAt: l.endsAt.toISOString(),
    mode: l.mode,
    phase,
    coverFileId: l.coverFileId,
    recordingFileId: l.mode === 'recorded' ? l.recordingFileId : null,
    sellerName,
    product: p && p.status === 'listed' ? { id: p.id, name: p.name, code: p.code } : null,
    coupon,
    couponClaimable: coupon !== null && phase === 'live',
  };
}

/**
 * The ingest's on_publish callback (nginx-rtmp style): 2xx only for the current key of an
 * approved real-time live within its window; anything else — an old key after 重置密钥, an
 * unknown key, a pending live, outside the window — is stream_key_refused (403).
 */
export async function authorisePublish(deps: Pick<Deps, 'db' | 'clock'>, streamKey: string): Promise<{ liveId: string }> {
  const [l] = await deps.db.select().from(lives).where(eq(lives.streamKey, streamKey));
  if (!l || !mayPublish(l, deps.clock.now())) throw new DomainError('stream_key_refused', 'this stream key may not publish now');
  return { liveId: l.id };
}

/** Anyone may read the cover and recording of an approved live: its page shows them. */
export const approvedLiveMediaAccess: FileAccessCheck = async (deps, _actor, file) => {
  if (file.purpose !== 'live_cover' && file.purpose !== 'live_recording') return false;
  const [hit] = await deps.db
    .select({ id: lives.id })
    .from(lives)
    .where(and(eq(lives.status, 'approved'), or(eq(lives.coverFileId, file.id), eq(lives.recordingFileId, file.id))))
    .limit(1);
  return hit !== undefined;
};
