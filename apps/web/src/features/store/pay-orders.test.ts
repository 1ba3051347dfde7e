import { describe, expect, it } from 'vitest';
import { orderIdsOf } from './pay-orders';

describe('orderIdsOf (the batch cashier’s ?orders=)', () => {
  it('reads the ids in order, without blanks or repeats', () => {
    expect(orderIdsOf('o1,o2, o3,,o1')).toEqual(['o1', 'o2', 'o3']);
  });
  it('answers none for a missing or empty parameter', () => {
    expect(orderIdsOf(null)).toEqual([]);
    expect(orderIdsOf('')).toEqual([]);
  });
  it('keeps at most the 20 orders a proposal may hold', () => {
    expect(orderIdsOf(Array.from({ length: 25 }, (_, i) => `o${i}`).join(','))).toHaveLength(20);
  });
});
