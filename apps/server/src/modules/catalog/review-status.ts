import type { ListingReviewStatus, ProductReviewStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/** A review row (listing or delisting): decided once, by an operator. */
export const reviewLifecycle = stateMachine<ProductReviewStatus>(
  'review',
  {
    pending: ['approved', 'rejected'],
    approved: [],
    rejected: [],
  },
  (from) => (from !== 'pending' ? new DomainError('review_decided', `the review was already ${from}`, { status: from }) : undefined),
);
export const reviewTransitions = reviewLifecycle.transitions;
export const canMoveReview = reviewLifecycle.can;
export const assertReviewMove = reviewLifecycle.assert;

/**
 * The product's own listing-review status (its latest listing review). A rejected
 * product is fixed and submitted again; an approved one is listed and never reviewed
 * for listing again (edits to a listed product need no new review).
 */
export const listingReviewLifecycle = stateMachine<ListingReviewStatus>(
  'listing review',
  {
    none: ['pending'],
    pending: ['approved', 'rejected'],
    rejected: ['pending'],
    approved: [],
  },
  (from, to) => {
    if (from === 'pending' && to === 'pending') return new DomainError('review_pending', 'the product is already waiting for review');
    if (from === 'approved') return new DomainError('product_already_listed', 'the product passed its listing review and is listed');
    if (to !== 'pending') return new DomainError('review_not_pending', 'the product is not waiting for a review');
    return undefined;
  },
);
export const listingReviewTransitions = listingReviewLifecycle.transitions;
export const canMoveListingReview = listingReviewLifecycle.can;
export const assertListingReviewMove = listingReviewLifecycle.assert;
