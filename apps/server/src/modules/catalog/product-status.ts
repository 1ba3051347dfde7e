import type { ProductStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';

/**
 * A product's sales lifecycle. Only operator decisions move it: approving a listing
 * review lists a draft, approving a delisting request delists a listed product. The
 * guide (6) is explicit that a delisted product can never be listed again — sellers
 * who only want it out of sight hide it instead (2.13).
 */
export const productTransitions: Readonly<Record<ProductStatus, readonly ProductStatus[]>> = {
  draft: ['listed'],
  listed: ['delisted'],
  delisted: [],
};

export function canMoveProduct(from: ProductStatus, to: ProductStatus): boolean {
  return productTransitions[from].includes(to);
}

export function assertProductMove(from: ProductStatus, to: ProductStatus): void {
  if (canMoveProduct(from, to)) return;
  if (from === 'delisted') throw new DomainError('product_delisted', 'a delisted product can never be listed again');
  throw new DomainError('invalid_state', `a ${from} product cannot become ${to}`);
}

/** A delisted product is history: its texts, specs and visibility no longer change. */
export function assertEditable(status: ProductStatus): void {
  if (status === 'delisted') throw new DomainError('product_read_only', 'a delisted product is read-only');
}

/**
 * Billing and category shape prices, commissions and orders already placed, so they are
 * fixed once a product has been listed; texts and media stay editable.
 */
export function lockedFieldsOf(status: ProductStatus): readonly ('billing' | 'categoryId')[] {
  return status === 'draft' ? [] : ['billing', 'categoryId'];
}
