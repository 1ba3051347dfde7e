import { describe, expect, it } from 'vitest';
import { draftBills, meterAmountFen, type UsageLine } from './bill-amount.js';

describe('meter amounts', () => {
  it('rounds quantity × price / per half-up to the fen', () => {
    expect(meterAmountFen(1245n, 1, 10)).toBe(125n); // 124.5 → 125
    expect(meterAmountFen(1244n, 1, 10)).toBe(124n); // 124.4 → 124
    expect(meterAmountFen(10n, 7, 3)).toBe(23n); // 23.33 → 23
    expect(meterAmountFen(11n, 7, 3)).toBe(26n); // 25.67 → 26
    expect(meterAmountFen(0n, 7, 3)).toBe(0n);
  });

  it('stays exact beyond the float range', () => {
    expect(meterAmountFen(9_007_199_254_740_993n, 3, 2)).toBe(13_510_798_882_111_490n); // 13510798882111489.5 → …490
  });
});

const line = (o: Partial<UsageLine>): UsageLine => ({
  buyerId: 'b1',
  productId: 'p1',
  specId: 's1',
  dimension: 'calls',
  quantity: 0n,
  priceFen: 1,
  per: 10,
  ...o,
});

describe('bill drafts', () => {
  it('sums a dimension before rounding it once, then adds the dimensions', () => {
    const drafts = draftBills([
      line({ quantity: 1234n }),
      line({ quantity: 11n }), // 123.4 + 1.1 would be 124 if rounded per line; summed first it is 124.5 → 125
      line({ dimension: 'storage_gb', quantity: 3n, priceFen: 35, per: 1 }), // 105
      line({ dimension: 'minutes', quantity: 10n, priceFen: 7, per: 3 }), // 23
    ]);
    expect(drafts).toEqual([{ buyerId: 'b1', productId: 'p1', amountFen: 253 }]);
  });

  it('makes one draft per buyer and product', () => {
    const drafts = draftBills([line({ quantity: 100n }), line({ buyerId: 'b2', quantity: 20n }), line({ productId: 'p2', quantity: 30n })]);
    expect(drafts).toEqual([
      { buyerId: 'b1', productId: 'p1', amountFen: 10 },
      { buyerId: 'b2', productId: 'p1', amountFen: 2 },
      { buyerId: 'b1', productId: 'p2', amountFen: 3 },
    ]);
  });

  it('prices a dimension the spec no longer meters at zero', () => {
    expect(draftBills([line({ quantity: 100n, priceFen: null, per: null })])).toEqual([{ buyerId: 'b1', productId: 'p1', amountFen: 0 }]);
  });
});
