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

  it.each(reviewPairs.filter(([f, t]) => !reviewAllowed.includes(`${f}→${t}`)))('forbids %s → %s as invalid_state', (from, to) => {
    expect(canMoveReview(from, to)).toBe(false);
    expect(() => assertReviewMove(from, to)).toThrow(expect.objectContaining({ code: 'invalid_state' }));
  });
});

describe('a product’s listing-review status', () => {
  it.each(listingPairs.filter(([f, t]) => listingAllowed.includes(`${f}→${t}`)))('allows %s → %s', (from, to) => {
    expect(canMoveListingReview(from, to)).toBe(true);
    expect(() => assertListingReviewMove(from, to)).not.toThrow();
  });

  it.each(listingPairs.filter(([f, t]) => !listingAllowed.includes(`${f}→${t}`)))('forbids %s → %s as invalid_state', (from, to) => {
    expect(canMoveListingReview(from, to)).toBe(false);
    expect(() => assertListingReviewMove(from, to)).toThrow(expect.objectContaining({ code: 'invalid_state' }));
  });

  it('says so when a product is submitted twice', () => {
    expect(() => assertListingReviewMove('pending', 'pending')).toThrow(/already waiting for review/);
  });
});
