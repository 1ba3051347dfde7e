import { couponBody, discountBody } from '@cloudmart/contracts';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { couponProblems, emptyCouponForm, toCouponBody, type CouponFormValues } from './coupon-form';
import {
  amountExceedsPrice,
  discountFormValues,
  discountProblems,
  emptyDiscountForm,
  minPriceFen,
  termsOf,
  toDiscountBody,
  type DiscountFormValues,
} from './discount-form';
import { columnsWidth, couponOfferText, yuanPlain } from './promotion-format';
import { beijingIso, beijingPickerValue, beijingText } from './promotion-time';
import { couponListStateFrom, discountListStateFrom, type PromotionProduct } from './promotions.queries';

const product: PromotionProduct = {
  id: 'p1',
  name: 'CRM',
  code: 'crm',
  billing: 'prepaid',
  specs: [
    {
      id: 's1',
      name: 'Basic',
      prices: [
        { unit: 'year', duration: 1, priceFen: 100_000 },
        { unit: 'month', duration: 1, priceFen: 10_000 },
      ],
    },
    {
      id: 's2',
      name: 'Pro',
      prices: [
        { unit: 'month', duration: 6, priceFen: 50_000 },
        { unit: 'month', duration: 1, priceFen: 12_000 },
      ],
    },
  ],
};

const at = (s: string) => dayjs(s);
const filled: DiscountFormValues = {
  ...emptyDiscountForm,
  productId: 'p1',
  name: ' 限时购 ',
  type: 'amount_off',
  amountOffYuan: 12.5,
  period: [at('2026-12-01T00:00:00'), at('2026-12-31T23:59:59')],
  specIds: ['s1'],
};

describe('promotion times are Beijing wall-clock times', () => {
  it('sends a picked time as +08:00 and shows an instant in Beijing time', () => {
    expect(beijingIso(at('2026-12-01T08:30:00'))).toBe('2026-12-01T08:30:00+08:00');
    expect(beijingText('2026-12-01T00:30:00Z')).toBe('2026-12-01 08:30:00');
  });

  it('round-trips an instant through the picker', () => {
    expect(beijingIso(beijingPickerValue('2026-12-31T15:59:59Z'))).toBe('2026-12-31T23:59:59+08:00');
  });
});

describe('the discount editor', () => {
  it('sends 直减 in fen and 折扣 in tenths of 折, passing the contract', () => {
    const body = toDiscountBody(filled);
    expect(body).toMatchObject({
      name: '限时购',
      amountOffFen: 1250,
      rateTenths: null,
      startsAt: '2026-12-01T00:00:00+08:00',
      endsAt: '2026-12-31T23:59:59+08:00',
    });
    expect(discountBody.safeParse(body).success).toBe(true);
    const rate = toDiscountBody({ ...filled, type: 'percent_off', rateZhe: 8.5 });
    expect(rate).toMatchObject({ amountOffFen: null, rateTenths: 85 });
    expect(discountBody.safeParse(rate).success).toBe(true);
  });

  it('sends no conditions under 无条件享受, whatever the hidden fields hold', () => {
    const body = toDiscountBody({ ...filled, conditionMode: 'none', scenarios: ['new'], minQuantity: 3, firstPurchaseOnly: true });
    expect(body.conditions).toEqual({ scenarios: [], minQuantity: null, clients: [], terms: [], firstPurchaseOnly: false, realNameOnly: false });
  });

  it('sends the chosen conditions under 指定限制条件', () => {
    const body = toDiscountBody({
      ...filled,
      conditionMode: 'limited',
      scenarios: ['new', 'renew'],
      minQuantity: 2,
      clients: ['mobile'],
      terms: ['month:6', 'bad'],
      realNameOnly: true,
    });
    expect(body.conditions).toEqual({
      scenarios: ['new', 'renew'],
      minQuantity: 2,
      clients: ['mobile'],
      terms: [{ unit: 'month', duration: 6 }],
      firstPurchaseOnly: false,
      realNameOnly: true,
    });
  });

  it('offers the terms of the chosen specs, months first, and knows their lowest price', () => {
    expect(termsOf(product, ['s1', 's2'])).toEqual([
      { unit: 'month', duration: 1 },
      { unit: 'month', duration: 6 },
      { unit: 'year', duration: 1 },
    ]);
    expect(minPriceFen(product, ['s2'])).toBe(12_000);
    expect(minPriceFen(product, [])).toBeNull();
  });

  it('refuses an amount off above the lowest price of the chosen specs (直减金额不可大于商品原价)', () => {
    expect(amountExceedsPrice(10_001, product, ['s1'])).toBe(true);
    expect(amountExceedsPrice(10_000, product, ['s1'])).toBe(false);
    expect(discountProblems({ ...filled, amountOffYuan: 150 }, product)).toEqual([{ field: 'amountOffYuan', key: 'amountExceeds', minPriceFen: 10_000 }]);
  });

  it('refuses an end before the start, 指定限制条件 with nothing set, and no spec', () => {
    const keys = discountProblems(
      { ...filled, period: [at('2026-12-31T00:00:00'), at('2026-12-01T00:00:00')], conditionMode: 'limited', specIds: [] },
      product,
    ).map((p) => p.key);
    expect(keys).toEqual(['endAfterStart', 'noConditionChosen', 'specsRequired']);
  });

  it('reads a saved discount back into the form', () => {
    const v = discountFormValues({
      id: 'd1',
      productId: 'p1',
      productName: 'CRM',
      name: '限时购',
      type: 'percent_off',
      amountOffFen: null,
      rateTenths: 85,
      startsAt: '2026-11-30T16:00:00Z',
      endsAt: '2026-12-31T15:59:59Z',
      specIds: ['s1'],
      conditions: { scenarios: [], minQuantity: null, clients: [], terms: [{ unit: 'year', duration: 1 }], firstPurchaseOnly: false, realNameOnly: false },
      publishStatus: 'prepublished',
      effectiveStatus: 'pending',
      createdAt: '2026-11-01T00:00:00Z',
      publishedAt: null,
    });
    expect(v).toMatchObject({ rateZhe: 8.5, conditionMode: 'limited', terms: ['year:1'] });
    expect(toDiscountBody(v)).toMatchObject({ rateTenths: 85, startsAt: '2026-12-01T00:00:00+08:00', endsAt: '2026-12-31T23:59:59+08:00' });
  });
});

const coupon: CouponFormValues = {
  ...emptyCouponForm,
  name: '满100减10',
  kind: 'threshold',
  reduceYuan: 10,
  thresholdYuan: 100,
  perUserLimit: 1,
  issuePeriod: [at('2026-12-01T00:00:00'), at('2026-12-20T23:59:59')],
  validPeriod: [at('2026-12-01T00:00:00'), at('2026-12-31T23:59:59')],
  issueCount: 10,
};

describe('the coupon form', () => {
  it('maps yuan to fen and leaves the other kind out, passing the contract', () => {
    const body = toCouponBody(coupon);
    expect(body).toMatchObject({ reduceFen: 1000, thresholdFen: 10_000, rateTenths: null, productIds: [], purchasedFrom: null });
    expect(couponBody.safeParse(body).success).toBe(true);
    const pct = toCouponBody({ ...coupon, kind: 'percent', rateZhe: 9.5 });
    expect(pct).toMatchObject({ rateTenths: 95, reduceFen: null, thresholdFen: null });
    expect(couponBody.safeParse(pct).success).toBe(true);
  });

  it('keeps products only for 指定商品 and a purchase time only with purchased products', () => {
    const body = toCouponBody({ ...coupon, scope: 'shop', productIds: ['p1'], purchasedPeriod: [at('2026-11-01T00:00:00'), at('2026-11-30T00:00:00')] });
    expect(body).toMatchObject({ productIds: [], purchasedFrom: null, purchasedTo: null });
    const granted = toCouponBody({ ...coupon, purchasedProductIds: ['p1'], purchasedPeriod: [at('2026-11-01T00:00:00'), at('2026-11-30T00:00:00')] });
    expect(granted).toMatchObject({ purchasedFrom: '2026-11-01T00:00:00+08:00', purchasedTo: '2026-11-30T00:00:00+08:00' });
  });

  it('puts each cross-field rule of the contract on its item', () => {
    expect(couponProblems(coupon)).toEqual([]);
    const problems = couponProblems({
      ...coupon,
      scope: 'products',
      reduceYuan: 200,
      validPeriod: [at('2026-12-01T00:00:00'), at('2026-12-10T00:00:00')],
      purchasedPeriod: [at('2026-11-01T00:00:00'), at('2026-11-30T00:00:00')],
      scenarios: [],
    });
    expect(problems).toEqual([
      { field: 'productIds', key: 'productsRequired' },
      { field: 'reduceYuan', key: 'reduceOverThreshold' },
      { field: 'validPeriod', key: 'validCoversIssue' },
      { field: 'purchasedPeriod', key: 'purchasedPeriodNeedsProducts' },
      { field: 'scenarios', key: 'scenariosRequired' },
    ]);
  });
});

describe('coupon wording', () => {
  const t = ((key: string, o?: Record<string, unknown>) => `${key}|${JSON.stringify(o)}`) as unknown as TFunction;
  it('writes 满100元减10元 and 8.5折 from fen and tenths', () => {
    expect(yuanPlain(10_000)).toBe('100');
    expect(yuanPlain(1050)).toBe('10.5');
    expect(couponOfferText(t, { kind: 'threshold', reduceFen: 1000, thresholdFen: 10_000, rateTenths: null })).toBe(
      'promotions.coupons.offerThreshold|{"threshold":"100","reduce":"10"}',
    );
    expect(couponOfferText(t, { kind: 'percent', reduceFen: null, thresholdFen: null, rateTenths: 85 })).toBe(
      'promotions.coupons.offerPercent|{"zhe":"8.5","pct":85}',
    );
  });
});

describe('list layout', () => {
  it('scrolls a list by the sum of its column widths, so the columns keep them', () => {
    expect(columnsWidth([{ width: 170 }, { width: 150 }, {}, { width: '10%' }])).toBe(320);
  });
});

describe('list URL state', () => {
  it('drops unknown statuses from the URL', () => {
    expect(discountListStateFrom(new URLSearchParams('publishStatus=x&effectiveStatus=active&productId=p1')).filters).toEqual({
      effectiveStatus: 'active',
      productId: 'p1',
    });
    expect(couponListStateFrom(new URLSearchParams('status=voided&page=2')).filters).toEqual({ status: 'voided' });
  });
});
