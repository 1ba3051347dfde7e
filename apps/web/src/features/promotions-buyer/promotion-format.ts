import type { Client, CouponKind, OfferPrice, ShopCoupon } from '@cloudmart/contracts';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { parsePeriod } from '../store/pricing';

/*
 * Pure pieces of the buyer's promotion pages: how a coupon's terms read, which offer belongs
 * to the selection, what a coupon's claim button says, which breakdown rows an order shows.
 */

/** Guide 2.9 客户端: below 768 px the buyer is on the mobile client. */
export const MOBILE_BELOW_WIDTH = 768;
export function clientForWidth(width: number): Client {
  return width < MOBILE_BELOW_WIDTH ? 'mobile' : 'pc';
}

/** Fen as plain yuan without the currency and trailing zeros, for coupon terms: 10000 → "100", 1050 → "10.5". */
export function plainYuan(fen: number): string {
  return (fen / 100).toFixed(2).replace(/\.?0+$/, '');
}

/** Tenths of 折 as the guide writes them: 85 → "8.5", 90 → "9". */
export function rateText(tenths: number): string {
  return (tenths / 10).toFixed(1).replace(/\.0$/, '');
}

interface CouponTermsInput {
  kind: CouponKind;
  rateTenths: number | null;
  reduceFen: number | null;
  thresholdFen: number | null;
}

/** Interpolation values for a coupon's terms: 满{{threshold}}减{{reduce}} / {{rate}}折 (en: {{off}}% off). */
function termValues(c: CouponTermsInput) {
  const rate = c.rateTenths ?? 100;
  return { threshold: plainYuan(c.thresholdFen ?? 0), reduce: plainYuan(c.reduceFen ?? 0), rate: rateText(rate), off: String(100 - rate) };
}

/** "满100减10" / "8.5折". */
export function couponTerms(t: TFunction, c: CouponTermsInput): string {
  return t(c.kind === 'threshold' ? 'promotionsBuyer.terms.threshold' : 'promotionsBuyer.terms.percent', termValues(c));
}

/** The ticket's big line and small line: "¥10" over "满100可用", "8.5折" over "折扣券". */
export function couponHeadline(t: TFunction, c: CouponTermsInput): { main: string; sub: string } {
  const v = termValues(c);
  return c.kind === 'threshold'
    ? { main: t('promotionsBuyer.terms.headlineThreshold', v), sub: t('promotionsBuyer.terms.subThreshold', v) }
    : { main: t('promotionsBuyer.terms.headlinePercent', v), sub: t('promotionsBuyer.terms.subPercent') };
}

export function formatDate(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD') : '—';
}

/** A discount's end for its tag: "12-31" this year, "2027-01-31" beyond it. */
export function shortEndDate(iso: string, now: Date = new Date()): string {
  const d = dayjs(iso);
  if (!d.isValid()) return '—';
  return d.year() === now.getFullYear() ? d.format('MM-DD') : d.format('YYYY-MM-DD');
}

/** The offer of the selected spec and period (`month:1`), if the server priced it. */
export function offerFor(prices: readonly OfferPrice[] | undefined, specId: string, period: string): OfferPrice | undefined {
  const p = parsePeriod(period);
  if (!prices || !p) return undefined;
  return prices.find((o) => o.specId === specId && o.unit === p.unit && o.duration === p.duration);
}

/** Whether the offer lowers the price (a discount that matched but took nothing off is not shown). */
export function isDiscounted(o: OfferPrice | undefined): o is OfferPrice & { discount: NonNullable<OfferPrice['discount']> } {
  return o !== undefined && o.discount !== null && o.bestPriceFen < o.listPriceFen;
}

export type Viewer = 'anonymous' | 'buyer' | 'other';

export type ClaimLabel = 'claim' | 'claimAgain' | 'claimed' | 'soldOut' | 'notIssuing' | 'grantOnly' | 'voided' | 'buyersOnly' | 'loginToClaim';

/** What a coupon's button does for this viewer: claim, send to log-in, or nothing (with why). */
export function claimButton(
  c: Pick<ShopCoupon, 'claimable' | 'reason' | 'held' | 'remaining'>,
  viewer: Viewer,
): { action: 'claim' | 'login' | 'none'; label: ClaimLabel } {
  // reasons that hold for everyone come first: nobody can claim a coupon that is gone
  if (c.reason === 'coupon_sold_out' || (c.remaining <= 0 && !c.claimable)) return { action: 'none', label: 'soldOut' };
  if (c.reason === 'coupon_grant_only') return { action: 'none', label: 'grantOnly' };
  if (c.reason === 'coupon_not_issuing') return { action: 'none', label: 'notIssuing' };
  if (c.reason === 'coupon_voided') return { action: 'none', label: 'voided' };
  if (viewer === 'anonymous') return { action: 'login', label: 'loginToClaim' };
  if (viewer === 'other') return { action: 'none', label: 'buyersOnly' };
  if (c.claimable) return { action: 'claim', label: c.held > 0 ? 'claimAgain' : 'claim' };
  return { action: 'none', label: 'claimed' };
}

/** The claim refusals worded in this namespace (others fall back to the shared catalogue). */
export const claimReasonCodes = ['coupon_sold_out', 'coupon_claim_limit', 'coupon_grant_only', 'coupon_not_issuing', 'coupon_voided'] as const;
export type ClaimReasonCode = (typeof claimReasonCodes)[number];
export function isClaimReason(code: string): code is ClaimReasonCode {
  return claimReasonCodes.some((c) => c === code);
}

interface OrderPriceFields {
  listPriceFen: number;
  paidFen: number;
  discountName: string | null;
  discountFen: number;
  couponName: string | null;
  couponFen: number;
}

export type OrderPriceRow = { key: 'listPrice' | 'paid'; fen: number } | { key: 'discount' | 'coupon'; name: string; fen: number };

/** 原价, 优惠, 优惠券, 实付 of a placed order: the promotion rows only when they took something off. */
export function orderPriceRows(o: OrderPriceFields): OrderPriceRow[] {
  const rows: OrderPriceRow[] = [{ key: 'listPrice', fen: o.listPriceFen }];
  if (o.discountFen > 0) rows.push({ key: 'discount', name: o.discountName ?? '', fen: o.discountFen });
  if (o.couponFen > 0) rows.push({ key: 'coupon', name: o.couponName ?? '', fen: o.couponFen });
  rows.push({ key: 'paid', fen: o.paidFen });
  return rows;
}

/*
 * The coupon choice on a confirmation: undefined lets the server preselect the best, null is
 * "不使用优惠券", a holding id is the buyer's pick. The Select needs a string for "none".
 */
export const NO_COUPON = '__none__';
export type CouponChoice = string | null | undefined;

export function choiceFromSelect(value: string): string | null {
  return value === NO_COUPON ? null : value;
}

export function selectValueOf(quotedHoldingId: string | null | undefined): string {
  return quotedHoldingId ?? NO_COUPON;
}

/** 实名认证 form checks before the round trip (the server decides): 2–30 characters, 18-character ID (last may be X). */
export const REAL_NAME = /^\S.{0,28}\S$/u;
export const ID_NUMBER = /^\d{17}[\dXx]$/;
