import { describe, expect, it } from 'vitest';
import { MAX_SPI_ATTEMPTS, afterAttempt, canMoveSpiCall, retryableStatuses, spiBackoffMs, type SpiCallStatus } from './spi-retry.js';

const at = new Date('2026-06-01T00:00:00Z');

describe('SPI retry policy', () => {
  it('waits 30 s, 1 min, 2 min … doubling, capped at an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(spiBackoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000]);
  });

  it('keeps a failed call pending until the tenth failure, then marks it failed', () => {
    expect(afterAttempt(0, false, at)).toEqual({ status: 'pending', attempts: 1, nextAttemptAt: new Date(at.getTime() + 30_000) });
    expect(afterAttempt(MAX_SPI_ATTEMPTS - 2, false, at).status).toBe('pending');
    expect(afterAttempt(MAX_SPI_ATTEMPTS - 1, false, at)).toEqual({ status: 'failed', attempts: MAX_SPI_ATTEMPTS, nextAttemptAt: null });
  });

  it('succeeds on any attempt, including a manual one after failing', () => {
    expect(afterAttempt(0, true, at)).toEqual({ status: 'succeeded', attempts: 1, nextAttemptAt: null });
    expect(afterAttempt(MAX_SPI_ATTEMPTS, true, at)).toEqual({ status: 'succeeded', attempts: MAX_SPI_ATTEMPTS + 1, nextAttemptAt: null });
  });
});

describe('SPI call lifecycle', () => {
  const statuses: SpiCallStatus[] = ['pending', 'succeeded', 'failed'];
  const allowed = new Set(['pending→succeeded', 'pending→failed', 'failed→pending']);

  it('allows exactly the documented moves', () => {
    for (const from of statuses) for (const to of statuses) expect(canMoveSpiCall(from, to), `${from}→${to}`).toBe(allowed.has(`${from}→${to}`));
  });

  it('lets the seller retry pending and failed calls, never succeeded ones', () => {
    expect([...retryableStatuses].sort()).toEqual(['failed', 'pending']);
  });
});
