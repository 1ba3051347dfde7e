import type { OfferPrice } from '@cloudmart/contracts';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  choiceFromSelect,
  claimButton,
  clientForWidth,
  couponHeadline,
  couponTerms,
  ID_NUMBER,
  isDiscounted,
  NO_COUPON,
  offerFor,
  orderPriceRows,
  plainYuan,
  rateText,
  REAL_NAME,
  selectValueOf,
  shortEndDate,
} from './promotion-format';
import { promotionsBuyerEnUS } from './promotions-buyer.en-US';
import { promotionsBuyerZhCN } from './promotions-buyer.zh-CN';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  const make = async (lng: string, catalogue: typeof promotionsBuyerZhCN) => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { [lng]: { translation: { promotionsBuyer: catalogue } } }, interpolation: { escapeValue: false } });
    return i.t;
  };
  zh = await make('zh-CN', promotionsBuyerZhCN);
  en = await make('en-US', promotionsBuyerEnUS);
});

const threshold = { kind: 'threshold' as const, rateTenths: null, reduceFen: 1000, thresholdFen: 10000 };
const percent = { kind: 'percent' as const, rateTenths: 85, reduceFen: null, thresholdFen: null };

describe('coupon terms', () => {
  it('writes amounts as plain yuan and rates in 折 as the guide does', () => {
    expect(plainYuan(10000)).toBe('100');
    expect(plainYuan(1050)).toBe('10.5');
    expect(plainYuan(1)).toBe('0.01');
    expect(rateText(85)).toBe('8.5');
    expect(rateText(90)).toBe('9');
    expect(rateText(1)).toBe('0.1');
  });

  it('reads 满100减10 and 8.5折 in Chinese, and the same terms in English', () => {
    expect(couponTerms(zh, threshold)).toBe('满100减10');
    expect(couponTerms(zh, percent)).toBe('8.5折');
    expect(couponTerms(en, threshold)).toBe('¥10 off orders of ¥100+');
    expect(couponTerms(en, percent)).toBe('15% off');
  });

  it('puts the amount large and the condition small on a ticket', () => {
    expect(couponHeadline(zh, threshold)).toEqual({ main: '¥10', sub: '满100可用' });
    expect(couponHeadline(zh, percent)).toEqual({ main: '8.5折', sub: '折扣券' });
  });
});

describe('the client a discount may require', () => {
  it('is mobile below 768 px and pc from 768 px', () => {
    expect(clientForWidth(375)).toBe('mobile');
    expect(clientForWidth(767)).toBe('mobile');
    expect(clientForWidth(768)).toBe('pc');
    expect(clientForWidth(1280)).toBe('pc');
  });
});

const offer = (over: Partial<OfferPrice> = {}): OfferPrice => ({
  specId: 's1',
  unit: 'month',
  duration: 1,
  listPriceFen: 9900,
  bestPriceFen: 8900,
  discount: { id: 'd1', name: '限时购', type: 'amount_off', endsAt: '2026-12-31T15:59:59.000Z', preview: false },
  ...over,
});

describe('the offer of the selection', () => {
  it('finds the spec × term the buyer picked', () => {
    const prices = [offer(), offer({ unit: 'year', bestPriceFen: 90000, listPriceFen: 99000 })];
    expect(offerFor(prices, 's1', 'year:1')?.bestPriceFen).toBe(90000);
    expect(offerFor(prices, 's1', 'month:1')?.bestPriceFen).toBe(8900);
  });

  it('finds nothing for a trial or postpaid selection (no period) or before the offers load', () => {
    expect(offerFor([offer()], 's1', '')).toBeUndefined();
    expect(offerFor(undefined, 's1', 'month:1')).toBeUndefined();
    expect(offerFor([offer()], 's2', 'month:1')).toBeUndefined();
  });

  it('shows a discount only when it lowers the price', () => {
    expect(isDiscounted(offer())).toBe(true);
    expect(isDiscounted(offer({ bestPriceFen: 9900 }))).toBe(false);
    expect(isDiscounted(offer({ discount: null, bestPriceFen: 9900 }))).toBe(false);
  });

  it('dates the tag by month and day this year, with the year beyond it', () => {
    expect(shortEndDate('2026-12-31T08:00:00+08:00', new Date('2026-12-05T00:00:00+08:00'))).toBe('12-31');
    expect(shortEndDate('2027-01-31T08:00:00+08:00', new Date('2026-12-05T00:00:00+08:00'))).toBe('2027-01-31');
  });
});

describe('the claim button', () => {
  const open = { claimable: true, reason: null, held: 0, remaining: 5 };

  it('claims for a buyer who may, and offers another when the limit allows', () => {
    expect(claimButton(open, 'buyer')).toEqual({ action: 'claim', label: 'claim' });
    expect(claimButton({ ...open, held: 1 }, 'buyer')).toEqual({ action: 'claim', label: 'claimAgain' });
  });

  it('says 已领取 once the buyer is at the limit', () => {
    expect(claimButton({ ...open, claimable: false, held: 1, reason: 'coupon_claim_limit' }, 'buyer')).toEqual({ action: 'none', label: 'claimed' });
  });

  it('sends a visitor to log in, and tells sellers and operators it is for buyers', () => {
    expect(claimButton({ ...open, claimable: false }, 'anonymous')).toEqual({ action: 'login', label: 'loginToClaim' });
    expect(claimButton(open, 'other')).toEqual({ action: 'none', label: 'buyersOnly' });
  });

  it('refuses everyone a coupon that is sold out, granted only or not issuing', () => {
    expect(claimButton({ ...open, claimable: false, remaining: 0, reason: 'coupon_sold_out' }, 'anonymous').label).toBe('soldOut');
    expect(claimButton({ ...open, claimable: false, reason: 'coupon_grant_only' }, 'buyer').label).toBe('grantOnly');
    expect(claimButton({ ...open, claimable: false, reason: 'coupon_not_issuing' }, 'anonymous').label).toBe('notIssuing');
  });
});

describe('an order’s price rows', () => {
  const order = { listPriceFen: 9900, paidFen: 9900, discountName: null, discountFen: 0, couponName: null, couponFen: 0 };

  it('shows only 原价 and 实付 when nothing was taken off', () => {
    expect(orderPriceRows(order).map((r) => r.key)).toEqual(['listPrice', 'paid']);
  });

  it('adds 优惠 and 优惠券 with their names when they took something off', () => {
    const rows = orderPriceRows({ ...order, discountName: '限时购', discountFen: 1000, couponName: '满50减5', couponFen: 500, paidFen: 8400 });
    expect(rows).toEqual([
      { key: 'listPrice', fen: 9900 },
      { key: 'discount', name: '限时购', fen: 1000 },
      { key: 'coupon', name: '满50减5', fen: 500 },
      { key: 'paid', fen: 8400 },
    ]);
  });
});

describe('the coupon choice on a confirmation', () => {
  it('maps "不使用优惠券" to null and a holding to its id', () => {
    expect(choiceFromSelect(NO_COUPON)).toBeNull();
    expect(choiceFromSelect('h1')).toBe('h1');
    expect(selectValueOf(null)).toBe(NO_COUPON);
    expect(selectValueOf(undefined)).toBe(NO_COUPON);
    expect(selectValueOf('h1')).toBe('h1');
  });
});

describe('real-name form checks', () => {
  it('takes an 18-character ID whose last character may be X', () => {
    expect(ID_NUMBER.test('11010519491231002X')).toBe(true);
    expect(ID_NUMBER.test('110105194912310021')).toBe(true);
    expect(ID_NUMBER.test('1101051949123100')).toBe(false);
    expect(ID_NUMBER.test('11010519491231002Y')).toBe(false);
  });

  it('takes a name of 2 to 30 characters', () => {
    expect(REAL_NAME.test('张三')).toBe(true);
    expect(REAL_NAME.test('张')).toBe(false);
    expect(REAL_NAME.test('a'.repeat(31))).toBe(false);
  });
});
