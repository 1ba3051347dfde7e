import { describe, expect, it } from 'vitest';
import { proRataShareFen, resellerCommissionFen } from './commission.js';
import { clawbackPostings, settlementPostings, type Posting } from './postings.js';

const amountOf = (ps: Posting[], kind: string) => ps.filter((p) => p.account.kind === kind).reduce((s, p) => s + p.amountFen, 0);
const sum = (ps: Posting[]) => ps.reduce((s, p) => s + p.amountFen, 0);

describe('reseller commission (guide 2.2: 佣金奖励为商品定价的固定比例，比例区间为20-60%之间)', () => {
  it('is rate % of the amount, rounded half-up to the fen once', () => {
    expect(resellerCommissionFen(10_000, 30)).toBe(3_000);
    expect(resellerCommissionFen(5, 30)).toBe(2); // 1.5 fen → 2
    expect(resellerCommissionFen(3, 20)).toBe(1); // 0.6 fen → 1
    expect(resellerCommissionFen(1, 20)).toBe(0); // 0.2 fen → 0
    expect(resellerCommissionFen(0, 60)).toBe(0);
    expect(resellerCommissionFen(9_007_199_254_740_991, 60)).toBe(Number((9_007_199_254_740_991n * 60n * 2n + 100n) / 200n));
  });

  it('refuses a rate outside 20–60 or a fraction: the contract, the check and the trigger already do', () => {
    expect(() => resellerCommissionFen(100, 19)).toThrow(/20–60/);
    expect(() => resellerCommissionFen(100, 61)).toThrow(/20–60/);
    expect(() => resellerCommissionFen(100, 30.5)).toThrow();
    expect(() => resellerCommissionFen(-1, 30)).toThrow();
  });

  it('partial clawbacks that add up to the settled amount give back exactly the commission', () => {
    // X = 7, D = 2 (30 %): seven refunds of one fen
    let back = 0;
    for (let before = 0; before < 7; before++) back += proRataShareFen({ shareFen: 2, baseFen: 7, beforeFen: before, amountFen: 1 });
    expect(back).toBe(2);
    expect(() => proRataShareFen({ shareFen: 2, baseFen: 7, beforeFen: 6, amountFen: 2 })).toThrow(/exceed/);
  });
});

describe('distribution settlement and clawback postings', () => {
  const reseller = { resellerId: 'r', ratePct: 30 };

  it('settlement pays the reseller out of the seller’s side; the platform commission is unchanged', () => {
    const { postings, commissionFen, resellerCommissionFen: d } = settlementPostings({ sellerId: 's', amountFen: 10_000, commissionBp: 1000, reseller });
    expect([commissionFen, d]).toEqual([1_000, 3_000]);
    expect(amountOf(postings, 'seller_frozen')).toBe(-10_000);
    expect(amountOf(postings, 'seller_available')).toBe(6_000);
    expect(amountOf(postings, 'platform_revenue')).toBe(1_000);
    expect(postings.find((p) => p.account.kind === 'reseller_available')).toEqual({ account: { kind: 'reseller_available', ownerId: 'r' }, amountFen: 3_000 });
    expect(sum(postings)).toBe(0);
  });

  it('an ordinary order (no reseller) settles as before, with no reseller entry', () => {
    const { postings, resellerCommissionFen: d } = settlementPostings({ sellerId: 's', amountFen: 10_000, commissionBp: 1000 });
    expect(d).toBe(0);
    expect(postings.map((p) => p.account.kind)).toEqual(['seller_frozen', 'seller_available', 'platform_revenue']);
  });

  it('refuses commissions that together exceed the amount', () => {
    expect(() => settlementPostings({ sellerId: 's', amountFen: 100, commissionBp: 5000, reseller: { resellerId: 'r', ratePct: 60 } })).toThrow(/exceed/);
  });

  it('a refund after settlement claws the reseller’s commission back in proportion (refund × rate)', () => {
    const { postings, commissionShareFen, resellerShareFen } = clawbackPostings({
      buyerId: 'b',
      sellerId: 's',
      amountFen: 4_000,
      settledFen: 10_000,
      commissionFen: 1_000,
      clawedBeforeFen: 0,
      reseller: { resellerId: 'r', commissionFen: 3_000 },
    });
    expect([commissionShareFen, resellerShareFen]).toEqual([400, 1_200]);
    expect(amountOf(postings, 'reseller_available')).toBe(-1_200);
    expect(amountOf(postings, 'seller_available')).toBe(-2_400);
    expect(amountOf(postings, 'platform_revenue')).toBe(-400);
    expect(amountOf(postings, 'buyer_funds')).toBe(4_000);
    expect(sum(postings)).toBe(0);
  });

  it('full refunds in pieces return the whole of both commissions and leave every party of the order at zero', () => {
    const settled = settlementPostings({ sellerId: 's', amountFen: 999, commissionBp: 1500, reseller: { resellerId: 'r', ratePct: 37 } });
    const totals = new Map<string, number>();
    const apply = (ps: Posting[]) => ps.forEach((p) => totals.set(p.account.kind, (totals.get(p.account.kind) ?? 0) + p.amountFen));
    apply(settled.postings);
    let before = 0;
    for (const r of [1, 10, 333, 2, 653]) {
      const c = clawbackPostings({
        buyerId: 'b',
        sellerId: 's',
        amountFen: r,
        settledFen: 999,
        commissionFen: settled.commissionFen,
        clawedBeforeFen: before,
        reseller: { resellerId: 'r', commissionFen: settled.resellerCommissionFen },
      });
      expect(sum(c.postings)).toBe(0);
      apply(c.postings);
      before += r;
    }
    expect(totals.get('reseller_available')).toBe(0);
    expect(totals.get('platform_revenue')).toBe(0);
    expect(totals.get('seller_available')).toBe(0);
  });
});
