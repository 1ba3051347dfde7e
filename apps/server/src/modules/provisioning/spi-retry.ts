import { stateMachine } from '../../platform/state-machine.js';

/**
 * Retry policy of SPI calls. After each failed attempt the call waits 30 s, 1 min, 2 min …
 * (doubling, capped at an hour); after MAX_SPI_ATTEMPTS failures it becomes `failed`, which
 * stops the automatic retries but leaves "retry now" to the seller.
 */
export const MAX_SPI_ATTEMPTS = 10;
const BASE_MS = 30_000;
const CAP_MS = 60 * 60_000;
/** how long a claimed call is reserved for the attempt in flight (well over the 10 s timeout) */
export const CLAIM_LEASE_MS = 2 * 60_000;

export function spiBackoffMs(failedAttempts: number): number {
  return Math.min(BASE_MS * 2 ** Math.max(0, failedAttempts - 1), CAP_MS);
}

export type SpiCallStatus = 'pending' | 'succeeded' | 'failed';

/**
 * pending → succeeded (an attempt worked) | failed (the tenth failure);
 * failed → pending ("retry now" by the seller). Succeeded is final.
 */
const spiCallLifecycle = stateMachine<SpiCallStatus>('SPI call', {
  pending: ['succeeded', 'failed'],
  failed: ['pending'],
  succeeded: [],
});

export const canMoveSpiCall = spiCallLifecycle.can;

/** statuses a seller can "retry now" from: pending (skip the wait) or failed (move back to pending) */
export const retryableStatuses: readonly SpiCallStatus[] = spiCallLifecycle.states.filter((s) => s === 'pending' || canMoveSpiCall(s, 'pending'));

export interface AfterAttempt {
  status: SpiCallStatus;
  attempts: number;
  nextAttemptAt: Date | null;
}

/** The call's state after an attempt, given how many attempts it had before it. */
export function afterAttempt(previousAttempts: number, ok: boolean, at: Date): AfterAttempt {
  const attempts = previousAttempts + 1;
  if (ok) return { status: 'succeeded', attempts, nextAttemptAt: null };
  if (attempts >= MAX_SPI_ATTEMPTS) return { status: 'failed', attempts, nextAttemptAt: null };
  return { status: 'pending', attempts, nextAttemptAt: new Date(at.getTime() + spiBackoffMs(attempts)) };
}
