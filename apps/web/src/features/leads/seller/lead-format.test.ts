import type { QuotableProduct } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import {
  draftTotalFen,
  durationParts,
  isMasked,
  listPriceFen,
  parsePeriod,
  periodKey,
  quoteTotalFen,
  remainingKey,
  remainingParts,
  unnotedCall,
} from './lead-format';

const due = '2026-03-14T16:41:19+08:00';
const at = (iso: string) => Date.parse(iso);

describe('remaining time to answer ("待响应 剩余23小时58分")', () => {
  it('counts whole hours and minutes left, rounding the minutes down', () => {
    expect(remainingParts(due, at('2026-03-13T16:43:00+08:00'))).toEqual({ d: 0, h: 23, m: 58 });
    expect(remainingParts(due, at('2026-03-14T16:40:20+08:00'))).toEqual({ d: 0, h: 0, m: 0 });
  });

  it('shows 剩余0小时0分 at and past the deadline, never a negative time', () => {
    expect(remainingParts(due, at(due))).toEqual({ d: 0, h: 0, m: 0 });
    expect(remainingParts(due, at('2026-03-15T00:00:00+08:00'))).toEqual({ d: 0, h: 0, m: 0 });
  });

  it('leads with days beyond 24 hours ("剩余5天9小时16分")', () => {
    const r = remainingParts('2026-03-19T02:16:30+08:00', at('2026-03-13T17:00:00+08:00'));
    expect(r).toEqual({ d: 5, h: 9, m: 16 });
    expect(r && remainingKey(r)).toBe('remainingDays');
    expect(remainingKey({ d: 0, h: 23, m: 58 })).toBe('remaining');
  });

  it('has nothing to show without a due time', () => {
    expect(remainingParts(null, Date.now())).toBeNull();
    expect(remainingParts('not a date', Date.now())).toBeNull();
  });
});

describe('masked values (联系人 m***** until the lead is accepted)', () => {
  it('knows a masked value by its stars', () => {
    expect(isMasked('m*****')).toBe(true);
    expect(isMasked('王**')).toBe(true);
    expect(isMasked('138****0000')).toBe(true);
    expect(isMasked('王先生')).toBe(false);
    expect(isMasked('')).toBe(false);
    expect(isMasked(null)).toBe(false);
  });
});

describe('quote totals (方案合计 is the sum of the active quotes)', () => {
  it('leaves revoked quotes out', () => {
    expect(
      quoteTotalFen([
        { status: 'active', priceFen: 120_000 },
        { status: 'revoked', priceFen: 99_900 },
        { status: 'active', priceFen: 30_050 },
      ]),
    ).toBe(150_050);
    expect(quoteTotalFen([{ status: 'revoked', priceFen: 100 }])).toBe(0);
  });

  it('adds up the drafted prices in yuan as fen, skipping empty rows', () => {
    expect(draftTotalFen([{ price: 1200.5 }, { price: null }, undefined, { price: 0.1 }])).toBe(120_060);
    // 0.1 + 0.2 in yuan must not drift in fen
    expect(draftTotalFen([{ price: 0.1 }, { price: 0.2 }])).toBe(30);
  });
});

const products: QuotableProduct[] = [
  {
    id: 'prd_1',
    name: '企业官网定制',
    type: 'service',
    specs: [
      {
        id: 'spc_1',
        name: '标准版',
        prices: [
          { unit: 'month', duration: 1, priceFen: 50_000 },
          { unit: 'year', duration: 1, priceFen: 500_000 },
        ],
      },
    ],
  },
];

describe('list price of a drafted quote (原价, shown beside the adjusted price)', () => {
  it("is the spec's price for the term times the quantity", () => {
    expect(listPriceFen(products, { productId: 'prd_1', specId: 'spc_1', period: periodKey('year', 1), quantity: 2 })).toBe(1_000_000);
    expect(listPriceFen(products, { productId: 'prd_1', specId: 'spc_1', period: 'month:1' })).toBe(50_000);
  });

  it('is unknown until product, spec and a listed term are picked', () => {
    expect(listPriceFen(products, { productId: 'prd_1' })).toBeNull();
    expect(listPriceFen(products, { productId: 'prd_1', specId: 'spc_1', period: 'month:3' })).toBeNull();
    expect(listPriceFen(products, { productId: 'prd_x', specId: 'spc_1', period: 'month:1' })).toBeNull();
    expect(listPriceFen(products, undefined)).toBeNull();
  });

  it('reads terms back from their keys and refuses others', () => {
    expect(parsePeriod('year:2')).toEqual({ unit: 'year', duration: 2 });
    expect(parsePeriod('day:2')).toBeNull();
    expect(parsePeriod(undefined)).toBeNull();
  });
});

describe('the call waiting for its 小记 ("与用户联系后，需按照要求添加小记")', () => {
  const calls = [
    { id: 'call_1', createdAt: '2026-03-13T10:00:00+08:00', callerName: '小王' },
    { id: 'call_2', createdAt: '2026-03-13T11:00:00+08:00', callerName: '小李' },
  ];
  it('is the newest call no note names', () => {
    expect(unnotedCall(calls, [{ callId: 'call_1' }])?.id).toBe('call_2');
    expect(unnotedCall(calls, [{ callId: null }])?.id).toBe('call_2');
  });
  it('is none once the newest call has its note, or before any call', () => {
    expect(unnotedCall(calls, [{ callId: 'call_2' }])).toBeNull();
    expect(unnotedCall([], [])).toBeNull();
  });
  it("counts only the viewer's own calls when several employees follow the lead", () => {
    expect(unnotedCall(calls, [{ callId: 'call_1' }], '小王')).toBeNull();
    expect(unnotedCall(calls, [], '小王')?.id).toBe('call_1');
    expect(unnotedCall(calls, [], '小张')).toBeNull();
  });
});

describe('call duration', () => {
  it('splits seconds into minutes and seconds', () => {
    expect(durationParts(125)).toEqual({ m: 2, s: 5 });
    expect(durationParts(null)).toBeNull();
  });
});
