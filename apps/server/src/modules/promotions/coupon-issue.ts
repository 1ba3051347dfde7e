import { and, count, eq, inArray, lt, sql } from 'drizzle-orm';
import type { ErrorCode } from '@cloudmart/contracts';
import type { Db } from '../../platform/db/client.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { newId } from '../../platform/ids.js';
import { sellers } from '../accounts/index.js';
import { products } from '../catalog/index.js';
import { requestNotification } from '../notifications/index.js';
import { couponHoldings, coupons } from './promotions.tables.js';

export type HoldingSource = 'claim' | 'grant' | 'sent';

export type IssueResult = { ok: true; holdingId: string } | { ok: false; code: ErrorCode };

/** Thrown inside the transaction to roll back the counter move; never leaves this file. */
class Refused extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/**
 * Give one holding of a coupon to a buyer: the single counting path of claims, grants and
 * sends. One transaction:
 * 1. `update coupons set claimed_count = claimed_count + 1 where … status = 'normal' and
 *    claimed_count < issue_count` — the row lock it takes also queues every other issue of
 *    this coupon behind this one, so the issue count is never exceeded;
 * 2. count the buyer's holdings (a fresh statement, so it sees what the queue ahead committed)
 *    and refuse beyond 领取限制, rolling the counter back;
 * 3. insert the holding with seq = held + 1; the unique (coupon, buyer, seq) index is the last
 *    word if two issues of one buyer still meet (then the whole transaction is tried once more).
 * The buyer is told by SMS and in the inbox (guide 2.10 "系统会自动发短信给用户，告知领用的优惠券信息及
 * 适用的商品范围"). Window, grant-only and such checks are the caller's; this judges counts only.
 */
export async function issueHolding(
  db: Db,
  p: { couponId: string; buyerId: string; source: HoldingSource; grantOrderId?: string | null; now: Date },
): Promise<IssueResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      const holdingId = await db.transaction((tx) => issueOnce(tx, p));
      return { ok: true, holdingId };
    } catch (err) {
      if (err instanceof Refused) return { ok: false, code: err.code };
      // one grant per qualifying order: a second delivery of the same order is no new grant
      if (isUniqueViolation(err, 'coupon_holdings_grant_uq')) return { ok: false, code: 'conflict' };
      if (isUniqueViolation(err, 'coupon_holdings_seq_uq') && attempt === 0) continue;
      if (isUniqueViolation(err, 'coupon_holdings_seq_uq')) return { ok: false, code: 'coupon_claim_limit' };
      throw err;
    }
  }
}

async function issueOnce(tx: Db, p: { couponId: string; buyerId: string; source: HoldingSource; grantOrderId?: string | null; now: Date }): Promise<string> {
  const [c] = await tx
    .update(coupons)
    .set({ claimedCount: sql`${coupons.claimedCount} + 1` })
    .where(and(eq(coupons.id, p.couponId), eq(coupons.status, 'normal'), lt(coupons.claimedCount, coupons.issueCount)))
    .returning({
      sellerId: coupons.sellerId,
      name: coupons.name,
      scope: coupons.scope,
      productIds: coupons.productIds,
      perUserLimit: coupons.perUserLimit,
      validTo: coupons.validTo,
    });
  if (!c) {
    const [row] = await tx.select({ status: coupons.status }).from(coupons).where(eq(coupons.id, p.couponId));
    throw new Refused(!row ? 'not_found' : row.status === 'voided' ? 'coupon_voided' : 'coupon_sold_out');
  }
  const [{ held } = { held: 0 }] = await tx
    .select({ held: count() })
    .from(couponHoldings)
    .where(and(eq(couponHoldings.couponId, p.couponId), eq(couponHoldings.buyerId, p.buyerId)));
  if (held >= c.perUserLimit) throw new Refused('coupon_claim_limit');
  const id = newId('chd', p.now);
  await tx.insert(couponHoldings).values({
    id,
    couponId: p.couponId,
    sellerId: c.sellerId,
    buyerId: p.buyerId,
    seq: held + 1,
    source: p.source,
    grantOrderId: p.grantOrderId ?? null,
    createdAt: p.now,
  });
  await noticeHolding(tx, p.now, p.buyerId, c);
  return id;
}

/** "您已领取优惠券「X」，适用商品：A、B（或本店铺全部商品），有效期至 …": SMS and the inbox. */
async function noticeHolding(
  tx: Db,
  now: Date,
  buyerId: string,
  c: { sellerId: string; name: string; scope: 'shop' | 'products'; productIds: string[]; validTo: Date },
): Promise<void> {
  const common = { userId: buyerId, link: '/buyer/coupons', channels: ['sms' as const] };
  if (c.scope === 'shop') {
    const [s] = await tx.select({ name: sellers.name }).from(sellers).where(eq(sellers.id, c.sellerId));
    await requestNotification(tx, now, {
      ...common,
      template: 'promotions.coupon_received_shop',
      params: { couponName: c.name, shopName: s?.name ?? '', validTo: c.validTo.toISOString() },
    });
    return;
  }
  const names = c.productIds.length ? await tx.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, c.productIds)) : [];
  const byId = new Map(names.map((n) => [n.id, n.name]));
  await requestNotification(tx, now, {
    ...common,
    template: 'promotions.coupon_received',
    params: { couponName: c.name, productNames: c.productIds.map((id) => byId.get(id) ?? id).join('、'), validTo: c.validTo.toISOString() },
  });
}
