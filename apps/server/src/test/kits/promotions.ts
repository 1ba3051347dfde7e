// Helpers for the promotions module's HTTP tests (not a test file itself).
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Agent, TestApp } from '../harness.js';
import { couponHoldings, coupons } from '../../modules/promotions/promotions.tables.js';

export const API = '/api/v1';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** An ISO time `ms` from the test clock's now. */
export const isoFrom = (t: TestApp, ms: number) => new Date(t.clock.now().getTime() + ms).toISOString();

/** A 满100减10 shop coupon issuing now, one per buyer, ten in all; override any field. */
export function couponBody(t: TestApp, over: Record<string, unknown> = {}) {
  return {
    name: '满100减10',
    scope: 'shop',
    kind: 'threshold',
    reduceFen: 1_000,
    thresholdFen: 10_000,
    perUserLimit: 1,
    issueFrom: isoFrom(t, -HOUR),
    issueTo: isoFrom(t, 10 * DAY),
    validFrom: isoFrom(t, -HOUR),
    validTo: isoFrom(t, 30 * DAY),
    issueCount: 10,
    scenarios: ['new', 'renew', 'upgrade'],
    showInShop: true,
    ...over,
  };
}

export interface CouponReply {
  id: string;
  status: string;
  claimedCount: number;
  usedCount: number;
  expiredCount: number;
  products: { id: string; name: string }[];
}

export async function createCoupon(t: TestApp, seller: Agent, over: Record<string, unknown> = {}): Promise<CouponReply> {
  const res = await seller.post(`${API}/seller/coupons`, couponBody(t, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function uidOf(agent: Agent): Promise<number> {
  return (await agent.get(`${API}/auth/me`)).json<{ uid: number }>().uid;
}

export function holdingsOf(t: TestApp, couponId: string) {
  return t.deps.db.select().from(couponHoldings).where(eq(couponHoldings.couponId, couponId));
}

export async function claimedCountOf(t: TestApp, couponId: string): Promise<number> {
  const [row] = await t.deps.db.select({ n: coupons.claimedCount }).from(coupons).where(eq(coupons.id, couponId));
  return row?.n ?? -1;
}
