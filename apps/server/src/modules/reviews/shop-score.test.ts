import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../platform/clock.js';
import { replyWindowOpen, reviewWindowOpen } from './review-windows.js';
import { isToHandle, roundHalfUp1, shopScore } from './shop-score.js';

const r = (quality: number, attitude: number, speed: number, isDefault = false) => ({ quality, attitude, speed, isDefault });

describe('shop score', () => {
  it('leaves default reviews out: (4,4,4), (4,4,4) and a default 5/5/5 score 4.0', () => {
    expect(shopScore([r(4, 4, 4), r(4, 4, 4), r(5, 5, 5, true)])).toEqual({ score: 4, reviewCount: 2, dimensions: { quality: 4, attitude: 4, speed: 4 } });
  });

  it('averages each review’s mean of the three dimensions, to one decimal', () => {
    // means 4 and 3.33… → 3.67 → 3.7
    expect(shopScore([r(5, 4, 3), r(2, 3, 5)])).toEqual({ score: 3.7, reviewCount: 2, dimensions: { quality: 3.5, attitude: 3.5, speed: 4 } });
  });

  it('rounds half up', () => {
    // sums 15 + 12 + 12 + 12 = 51 over 12 = 4.25 → 4.3; quality 17 / 4 = 4.25 → 4.3
    expect(shopScore([r(5, 5, 5), r(4, 4, 4), r(4, 4, 4), r(4, 4, 4)])).toMatchObject({ score: 4.3, dimensions: { quality: 4.3 } });
    expect(roundHalfUp1(1, 20)).toBe(0.1); // 0.05
    expect(roundHalfUp1(29, 20)).toBe(1.5); // 1.45, which floats would round to 1.4
  });

  it('is null without any non-default review', () => {
    const none = { score: null, reviewCount: 0, dimensions: { quality: null, attitude: null, speed: null } };
    expect(shopScore([])).toEqual(none);
    expect(shopScore([r(5, 5, 5, true)])).toEqual(none);
  });

  it('marks a real review with any dimension below 5 as one to handle, never a default one', () => {
    expect(isToHandle(r(5, 5, 4))).toBe(true);
    expect(isToHandle(r(5, 5, 5))).toBe(false);
    expect(isToHandle(r(1, 1, 1, true))).toBe(false);
  });
});

describe('review and reply windows', () => {
  const at = new Date('2026-06-01T02:00:00Z');
  const after = (ms: number) => new Date(at.getTime() + ms);

  it('lets the buyer review until 30 days after payment', () => {
    expect(reviewWindowOpen(at, after(30 * DAY - HOUR))).toBe(true);
    expect(reviewWindowOpen(at, after(30 * DAY))).toBe(false);
  });

  it('lets the seller reply on day 29 and on day 30, not on day 31', () => {
    expect(replyWindowOpen(at, after(29 * DAY))).toBe(true);
    expect(replyWindowOpen(at, after(30 * DAY - 1))).toBe(true);
    expect(replyWindowOpen(at, after(30 * DAY))).toBe(false);
    expect(replyWindowOpen(at, after(31 * DAY))).toBe(false);
  });
});
