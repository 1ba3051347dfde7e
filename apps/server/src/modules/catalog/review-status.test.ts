import { listingReviewStatuses, productReviewStatuses, type ListingReviewStatus, type ProductReviewStatus } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { assertListingReviewMove, assertReviewMove, canMoveListingReview, canMoveReview } from './review-status.js';

const reviewAllowed: readonly string[] = ['pending→approved', 'pending→rejected'];
const reviewPairs = productReviewStatuses.flatMap((f) => productReviewStatuses.map((t) => [f, t] as [ProductReviewStatus, ProductReviewStatus]));

const listingAllowed: readonly string[] = ['none→pending', 'pending→approved', 'pending→rejected', 'rejected→pending'];
const listingPairs = listingReviewStatuses.flatMap((f) => listingReviewStatuses.map((t) => [f, t] as [ListingReviewStatus, ListingReviewStatus]));

describe('review row lifecycle (listing and delisting requests)', () => {
  it.each(reviewPairs.filter(([f, t]) => reviewAllowed.includes(`${f}→${t}`)))('allows %s → %s', (from, to) => {
    expect(canMoveReview(from, to)).toBe(true);
    expect(() => assertReviewMove(from, to)).not.toThrow();
  });

  it.each(reviewPairs.filter(([f, t]) => !reviewAllowed.includes(`${f}→${t}`)))('forbids %s → %s: a decided review is review_decided', (from, to) => {
    expect(canMoveReview(from, to)).toBe(false);
    expect(() => assertReviewMove(from, to)).toThrow(expect.objectContaining({ code: from === 'pending' ? 'invalid_state' : 'review_decided' }));
  });
});

describe('a product’s listing-review status', () => {
  it.each(listingPairs.filter(([f, t]) => listingAllowed.includes(`${f}→${t}`)))('allows %s → %s', (from, to) => {
    expect(canMoveListingReview(from, to)).toBe(true);
    expect(() => assertListingReviewMove(from, to)).not.toThrow();
  });

  it.each(listingPairs.filter(([f, t]) => !listingAllowed.includes(`${f}→${t}`)))('forbids %s → %s with a code that says why', (from, to) => {
    expect(canMoveListingReview(from, to)).toBe(false);
    const expected = from === 'pending' && to === 'pending' ? 'review_pending' : from === 'approved' ? 'product_already_listed' : 'review_not_pending';
    expect(() => assertListingReviewMove(from, to)).toThrow(expect.objectContaining({ code: expected }));
  });

  it('says so when a product is submitted twice', () => {
    expect(() => assertListingReviewMove('pending', 'pending')).toThrow(/already waiting for review/);
  });
});
