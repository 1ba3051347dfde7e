import { productStatuses, type ProductStatus } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { assertEditable, assertProductMove, canMoveProduct, lockedFieldsOf } from './product-status.js';

// The table the product lifecycle must follow; every other pair is forbidden.
const allowed: readonly (readonly [ProductStatus, ProductStatus])[] = [
  ['draft', 'listed'],
  ['listed', 'delisted'],
];
const pairs = productStatuses.flatMap((from) => productStatuses.map((to) => [from, to] as const));
const isAllowed = (from: ProductStatus, to: ProductStatus) => allowed.some(([f, t]) => f === from && t === to);

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a DomainError';
  }
}

describe('product status lifecycle', () => {
  it.each(pairs.filter(([f, t]) => isAllowed(f, t)))('allows %s → %s', (from, to) => {
    expect(canMoveProduct(from, to)).toBe(true);
    expect(codeOf(() => assertProductMove(from, to))).toBeNull();
  });

  it.each(pairs.filter(([f, t]) => !isAllowed(f, t)))('forbids %s → %s', (from, to) => {
    expect(canMoveProduct(from, to)).toBe(false);
    const expected =
      from === 'delisted' ? 'product_delisted' : from === 'listed' ? 'product_already_listed' : to === 'delisted' ? 'product_not_listed' : 'invalid_state';
    expect(codeOf(() => assertProductMove(from, to))).toBe(expected);
  });

  it('never lists a delisted product again, with its own code', () => {
    expect(codeOf(() => assertProductMove('delisted', 'listed'))).toBe('product_delisted');
  });

  it('makes only delisted products read-only', () => {
    expect(productStatuses.map((s) => codeOf(() => assertEditable(s)))).toEqual([null, null, 'product_read_only']);
  });

  it('fixes billing and category once a product has been listed', () => {
    expect(lockedFieldsOf('draft')).toEqual([]);
    expect(lockedFieldsOf('listed')).toEqual(['billing', 'categoryId']);
    expect(lockedFieldsOf('delisted')).toEqual(['billing', 'categoryId']);
  });
});
