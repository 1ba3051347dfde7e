/** Five wrong passwords within a minute lock the login name for fifteen minutes. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 60_000;
export const LOCK_MS = 15 * 60_000;

export type ThrottleDecision = { locked: false } | { locked: true; until: Date; retryAfterSeconds: number };

/**
 * Pure rule over the recent failure times of one login name (any order, at least the last
 * LOCK_MS + FAILURE_WINDOW_MS of them). Locked while some run of MAX_FAILURES failures that
 * fits within FAILURE_WINDOW_MS ended less than LOCK_MS ago.
 */
export function throttleDecision(failures: readonly Date[], now: Date): ThrottleDecision {
  const times = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  let until = 0;
  for (let i = MAX_FAILURES - 1; i < times.length; i++) {
    const last = times[i] as number;
    const first = times[i - MAX_FAILURES + 1] as number;
    if (last - first <= FAILURE_WINDOW_MS) until = Math.max(until, last + LOCK_MS);
  }
  if (until > now.getTime()) {
    return { locked: true, until: new Date(until), retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
  }
  return { locked: false };
}
