import type { ListingReviewStatus, ProductReviewStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';

/** A review row (listing or delisting): decided once, by an operator. */
export const reviewTransitions: Readonly<Record<ProductReviewStatus, readonly ProductReviewStatus[]>> = {
  pending: ['approved', 'rejected'],
  approved: [],
  rejected: [],
};

export function canMoveReview(from: ProductReviewStatus, to: ProductReviewStatus): boolean {
  return reviewTransitions[from].includes(to);
}

export function assertReviewMove(from: ProductReviewStatus, to: ProductReviewStatus): void {
  if (!canMoveReview(from, to)) throw new DomainError('invalid_state', `a ${from} review cannot become ${to}`);
}

/**
 * The product's own listing-review status (its latest listing review). A rejected
 * product is fixed and submitted again; an approved one is listed and never reviewed
 * for listing again (edits to a listed product need no new review).
 */
export const listingReviewTransitions: Readonly<Record<ListingReviewStatus, readonly ListingReviewStatus[]>> = {
  none: ['pending'],
  pending: ['approved', 'rejected'],
  rejected: ['pending'],
  approved: [],
};

export function canMoveListingReview(from: ListingReviewStatus, to: ListingReviewStatus): boolean {
  return listingReviewTransitions[from].includes(to);
}

export function assertListingReviewMove(from: ListingReviewStatus, to: ListingReviewStatus): void {
  if (canMoveListingReview(from, to)) return;
  if (from === 'pending' && to === 'pending') throw new DomainError('invalid_state', 'the product is already waiting for review');
  throw new DomainError('invalid_state', `listing review ${from} cannot become ${to}`);
}
