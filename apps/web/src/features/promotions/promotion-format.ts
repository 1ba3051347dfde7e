import type { TFunction } from 'i18next';
import type { Coupon, Discount, PromotionScenario } from '@cloudmart/contracts';
import { formatFen } from '../../shared/money';
import { beijingText } from './promotion-time';
import { tenthsToZhe, type Term } from './discount-form';

/** Fen as plain yuan for sentences like 满100元减10元: no currency sign, no trailing zeros (1050 → "10.5"). */
export function yuanPlain(fen: number): string {
  return (fen / 100).toFixed(2).replace(/\.?0+$/, '');
}

/** 折 from tenths, as written (85 → "8.5", 80 → "8"). */
export function zheText(tenths: number): string {
  return String(tenthsToZhe(tenths));
}

type CouponOffer = Pick<Coupon, 'kind' | 'rateTenths' | 'reduceFen' | 'thresholdFen'>;

/** 优惠信息: "满100元减10元" or "8.5折". */
export function couponOfferText(t: TFunction, c: CouponOffer): string {
  if (c.kind === 'percent') {
    const tenths = c.rateTenths ?? 0;
    return t('promotions.coupons.offerPercent', { zhe: zheText(tenths), pct: tenths });
  }
  return t('promotions.coupons.offerThreshold', { threshold: yuanPlain(c.thresholdFen ?? 0), reduce: yuanPlain(c.reduceFen ?? 0) });
}

/** A discount's size: "减 ¥10.00" or "8.5 折". */
export function discountValueText(t: TFunction, d: Pick<Discount, 'type' | 'amountOffFen' | 'rateTenths'>): string {
  if (d.type === 'amount_off') return t('promotions.discounts.valueAmount', { amount: formatFen(d.amountOffFen ?? 0) });
  const tenths = d.rateTenths ?? 0;
  return t('promotions.discounts.valueRate', { zhe: zheText(tenths), pct: tenths });
}

export function scenariosText(t: TFunction, scenarios: readonly PromotionScenario[]): string {
  return scenarios.map((s) => t(`promotions.scenarios.${s}`)).join(', ');
}

export function termText(t: TFunction, term: Term): string {
  return t('promotions.term', { duration: term.duration, unit: t(`promotions.units.${term.unit}`) });
}

/** A window in Beijing time: "2020-02-06 00:00:00 至 2020-03-21 23:59:59". */
export function beijingRangeText(t: TFunction, from: string | null, to: string | null): string {
  if (!from && !to) return '—';
  return t('promotions.range', { from: beijingText(from, 19, ''), to: beijingText(to, 19, '') });
}

/**
 * A list's width: the sum of its columns' widths. Given as the table's scroll width, the columns
 * keep their widths (long names end in an ellipsis) instead of growing to their content and
 * sliding under the fixed action column.
 */
export function columnsWidth(columns: readonly { width?: number | string }[]): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0);
}
