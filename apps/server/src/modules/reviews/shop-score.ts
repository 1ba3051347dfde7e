import type { ShopScore } from '@cloudmart/contracts';

export interface ScoredReview {
  quality: number;
  attitude: number;
  speed: number;
  isDefault: boolean;
}

/** Sums over the NON-default reviews; what a database aggregate gives back. */
export interface ScoreTotals {
  count: number;
  quality: number;
  attitude: number;
  speed: number;
}

/**
 * `numerator / denominator` rounded to one decimal, half-up (x.x5 → x.x+0.1), computed in
 * integers so that 4.25 never becomes 4.2 through binary floating point.
 */
export function roundHalfUp1(numerator: number, denominator: number): number {
  return Math.floor((20 * numerator + denominator) / (2 * denominator)) / 10;
}

/**
 * DOMAIN 2.7: the shop score is the average, over the non-default reviews, of each
 * review's mean of quality, attitude and speed, rounded half-up to one decimal. Default
 * reviews (5/5/5 after 30 days of silence) say nothing about the shop, so they do not
 * count; without any real review the score is null, not 5.
 *
 * Every review weighs the same, so the average of the means is the sum of all dimension
 * values over 3 × count.
 */
export function scoreFromTotals(t: ScoreTotals): ShopScore {
  if (t.count === 0) return { score: null, reviewCount: 0, dimensions: { quality: null, attitude: null, speed: null } };
  return {
    score: roundHalfUp1(t.quality + t.attitude + t.speed, 3 * t.count),
    reviewCount: t.count,
    dimensions: {
      quality: roundHalfUp1(t.quality, t.count),
      attitude: roundHalfUp1(t.attitude, t.count),
      speed: roundHalfUp1(t.speed, t.count),
    },
  };
}

export function shopScore(reviews: readonly ScoredReview[]): ShopScore {
  const counted = reviews.filter((r) => !r.isDefault);
  return scoreFromTotals({
    count: counted.length,
    quality: counted.reduce((s, r) => s + r.quality, 0),
    attitude: counted.reduce((s, r) => s + r.attitude, 0),
    speed: counted.reduce((s, r) => s + r.speed, 0),
  });
}

/** A "bad review" for the seller to handle: a real review with any dimension below 5. */
export function isToHandle(r: ScoredReview): boolean {
  return !r.isDefault && Math.min(r.quality, r.attitude, r.speed) < 5;
}
