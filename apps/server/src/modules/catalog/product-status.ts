import type { ProductStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * A product's sales lifecycle. Only operator decisions move it: approving a listing
 * review lists a draft, approving a delisting request delists a listed product. The
 * guide (6) is explicit that a delisted product can never be listed again — sellers
 * who only want it out of sight hide it instead (2.13).
 */
export const productLifecycle = stateMachine<ProductStatus>(
  'product',
  {
    draft: ['listed'],
    listed: ['delisted'],
    delisted: [],
  },
  (from, to) => {
    if (from === 'delisted') return new DomainError('product_delisted', 'a delisted product can never be listed again');
    if (from === 'listed') return new DomainError('product_already_listed', 'the product is already listed');
    if (to === 'delisted') return new DomainError('product_not_listed', 'only a listed product can be delisted');
    return undefined;
  },
);
export const productTransitions = productLifecycle.transitions;
export const canMoveProduct = productLifecycle.can;
export const assertProductMove = productLifecycle.assert;

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
