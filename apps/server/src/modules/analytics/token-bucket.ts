/**
 * A small in-memory token bucket per key (@fastify/rate-limit is not installed): `capacity`
 * requests at once, refilled at `capacity` per `windowMs`. Time comes from the caller (the app
 * clock), so tests on the manual clock are deterministic. Per process: several API processes
 * each allow the limit, which is fine for a beacon endpoint. Idle keys are pruned.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes one token for `key`; false when the bucket is empty. */
  take(key: string, nowMs: number): boolean {
    const b = this.buckets.get(key);
    const rate = this.capacity / this.windowMs;
    const tokens = b ? Math.min(this.capacity, b.tokens + Math.max(0, nowMs - b.at) * rate) : this.capacity;
    if (tokens < 1) {
      if (b) {
        b.tokens = tokens;
        b.at = nowMs;
      }
      return false;
    }
    if (!b && this.buckets.size >= this.maxKeys) this.prune(nowMs);
    this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
    return true;
  }

  /** Drops buckets that have refilled completely (they behave as new ones). */
  private prune(nowMs: number): void {
    for (const [key, b] of this.buckets) if (nowMs - b.at >= this.windowMs) this.buckets.delete(key);
    if (this.buckets.size >= this.maxKeys) this.buckets.clear();
  }
}
