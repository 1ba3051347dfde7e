import { describe, expect, it } from 'vitest';
import {
  assertBalanced,
  billPaymentPostings,
  clawbackPostings,
  commissionFen,
  paymentPostings,
  refundPostings,
  settlementPostings,
  type Posting,
} from './postings.js';

const sum = (ps: Posting[]) => ps.reduce((s, p) => s + p.amountFen, 0);
const amountOf = (ps: Posting[], kind: string) => ps.find((p) => p.account.kind === kind)?.amountFen ?? 0;

describe('commission', () => {
  it('rounds half-up to the fen, once', () => {
    expect(commissionFen(333, 1000)).toBe(33); // 33.3
    expect(commissionFen(335, 1500)).toBe(50); // 50.25
    expect(commissionFen(1, 5000)).toBe(1); // 0.5 rounds up
    expect(commissionFen(3, 5000)).toBe(2); // 1.5 rounds up
    expect(commissionFen(1, 4999)).toBe(0); // 0.4999
    expect(commissionFen(99_900, 0)).toBe(0);
    expect(commissionFen(99_900, 10_000)).toBe(99_900);
  });

  it('stays exact when amount × rate passes 2^53, where floats lose the last fen', () => {
    // 9007199254740 × 9999 / 10000 = 9006298534814.526 → 9006298534815
    expect(commissionFen(9_007_199_254_740, 9_999)).toBe(9_006_298_534_815);
  });

  it('refuses fractional amounts and rates outside 0–10000 bp', () => {
    expect(() => commissionFen(1.5, 100)).toThrow();
    expect(() => commissionFen(100, 10_001)).toThrow();
    expect(() => commissionFen(100, -1)).toThrow();
  });
});

describe('postings', () => {
  it('payment moves the buyer’s money into the seller’s frozen account', () => {
    const ps = paymentPostings({ buyerId: 'b', sellerId: 's', amountFen: 500 });
    expect(ps).toEqual([
      { account: { kind: 'buyer_funds', ownerId: 'b' }, amountFen: -500 },
      { account: { kind: 'seller_frozen', ownerId: 's' }, amountFen: 500 },
    ]);
  });

  it('refuses a zero or negative payment (trial orders post nothing)', () => {
    expect(() => paymentPostings({ buyerId: 'b', sellerId: 's', amountFen: 0 })).toThrow();
    expect(() => refundPostings({ buyerId: 'b', sellerId: 's', amountFen: -1 })).toThrow();
  });

  it('settlement releases frozen money minus the commission, which goes to the platform', () => {
    const { postings, commissionFen: c } = settlementPostings({ sellerId: 's', amountFen: 335, commissionBp: 1500 });
    expect(c).toBe(50);
    expect(amountOf(postings, 'seller_frozen')).toBe(-335);
    expect(amountOf(postings, 'seller_available')).toBe(285);
    expect(amountOf(postings, 'platform_revenue')).toBe(50);
    expect(sum(postings)).toBe(0);
  });

  it('settlement with no commission leaves out the empty revenue entry', () => {
    const { postings } = settlementPostings({ sellerId: 's', amountFen: 100, commissionBp: 0 });
    expect(postings.map((p) => p.account.kind)).toEqual(['seller_frozen', 'seller_available']);
  });

  it('refund before settlement returns frozen money to the buyer', () => {
    const ps = refundPostings({ buyerId: 'b', sellerId: 's', amountFen: 120 });
    expect(amountOf(ps, 'seller_frozen')).toBe(-120);
    expect(amountOf(ps, 'buyer_funds')).toBe(120);
  });

  it('clawback takes the refund back from seller and platform pro rata', () => {
    // X = 1000, C = 100 (10 %); refunding 300 takes 30 from the platform and 270 from the seller
    const { postings, commissionShareFen } = clawbackPostings({
      buyerId: 'b',
      sellerId: 's',
      amountFen: 300,
      settledFen: 1000,
      commissionFen: 100,
      clawedBeforeFen: 0,
    });
    expect(commissionShareFen).toBe(30);
    expect(amountOf(postings, 'seller_available')).toBe(-270);
    expect(amountOf(postings, 'platform_revenue')).toBe(-30);
    expect(amountOf(postings, 'buyer_funds')).toBe(300);
    expect(sum(postings)).toBe(0);
  });

  it('partial clawbacks that add up to the settled amount give back exactly the commission', () => {
    // X = 3, C = 1: three refunds of 1 fen each; per-refund rounding would give 0 + 0 + 0
    let before = 0;
    let shares = 0;
    for (let i = 0; i < 3; i++) {
      const r = clawbackPostings({ buyerId: 'b', sellerId: 's', amountFen: 1, settledFen: 3, commissionFen: 1, clawedBeforeFen: before });
      shares += r.commissionShareFen;
      before += 1;
    }
    expect(shares).toBe(1);
  });

  it('refuses clawbacks beyond the settled amount', () => {
    expect(() => clawbackPostings({ buyerId: 'b', sellerId: 's', amountFen: 2, settledFen: 10, commissionFen: 1, clawedBeforeFen: 9 })).toThrow(/exceed/);
  });

  it('assertBalanced rejects entries that do not sum to zero', () => {
    expect(() => assertBalanced([{ account: { kind: 'buyer_funds', ownerId: 'b' }, amountFen: -1 }])).toThrow(/unbalanced/);
    expect(() => assertBalanced([{ account: { kind: 'buyer_funds', ownerId: 'b' }, amountFen: 0.5 }])).toThrow(/integer/);
  });
});

describe('bill payment postings', () => {
  it('take the cash from the buyer and settle it at once: commission to the platform, the rest available to the seller', () => {
    const { postings, commissionFen: c } = billPaymentPostings({ buyerId: 'b', sellerId: 's', amountFen: 335, commissionBp: 1500 });
    expect(c).toBe(50);
    expect(sum(postings)).toBe(0);
    expect([
      amountOf(postings, 'buyer_funds'),
      amountOf(postings, 'seller_available'),
      amountOf(postings, 'platform_revenue'),
      amountOf(postings, 'seller_frozen'),
    ]).toEqual([-335, 285, 50, 0]);
    expect(() => billPaymentPostings({ buyerId: 'b', sellerId: 's', amountFen: 0, commissionBp: 1000 })).toThrow();
  });
});
