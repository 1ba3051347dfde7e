import { describe, expect, it } from 'vitest';
import { LOCK_MS, throttleDecision } from './login-throttle.js';

const t0 = new Date('2026-06-01T00:00:00Z').getTime();
const at = (ms: number) => new Date(t0 + ms);

describe('login throttle', () => {
  it('allows four failures within a minute', () => {
    expect(
      throttleDecision(
        [0, 10, 20, 30].map((s) => at(s * 1000)),
        at(31_000),
      ).locked,
    ).toBe(false);
  });
  it('locks at the fifth failure within a minute, for fifteen minutes from it', () => {
    const d = throttleDecision(
      [0, 10, 20, 30, 40].map((s) => at(s * 1000)),
      at(41_000),
    );
    expect(d).toEqual({ locked: true, until: at(40_000 + LOCK_MS), retryAfterSeconds: 15 * 60 - 1 });
  });
  it('does not lock five failures spread over more than a minute', () => {
    expect(
      throttleDecision(
        [0, 20, 40, 60, 61].map((s) => at(s * 1000)),
        at(62_000),
      ).locked,
    ).toBe(false);
  });
  it('unlocks when the lock has run out', () => {
    const fails = [0, 1, 2, 3, 4].map((s) => at(s * 1000));
    expect(throttleDecision(fails, at(4000 + LOCK_MS - 1)).locked).toBe(true);
    expect(throttleDecision(fails, at(4000 + LOCK_MS)).locked).toBe(false);
  });
});
