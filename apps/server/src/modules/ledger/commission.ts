/**
 * The 分销佣金 arithmetic (guide 2.2: "服务商设置的佣金奖励为商品定价的固定比例，比例区间为20-60%之间，
 * 可以按照1%的比例增减调整"), pure and exact: integer fen in, integer fen out, BigInt inside so
 * amount × rate never drifts.
 */

export const RESELLER_RATE_MIN_PCT = 20;
export const RESELLER_RATE_MAX_PCT = 60;

/** n / d rounded half-up, exactly. n ≥ 0, d > 0. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

function assertFen(name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${name} must be an integer of fen ≥ 0, got ${v}`);
}

/**
 * The reseller's commission on an order: rate % of what was paid and kept (the amount the
 * settlement releases), rounded half-up to the fen once. A rate outside 20–60 is a bug upstream
 * (the contract, the check constraint and the trigger all refuse one), so it throws.
 */
export function resellerCommissionFen(amountFen: number, ratePct: number): number {
  assertFen('amount', amountFen);
  if (!Number.isInteger(ratePct) || ratePct < RESELLER_RATE_MIN_PCT || ratePct > RESELLER_RATE_MAX_PCT) {
    throw new Error(`reseller rate must be an integer ${RESELLER_RATE_MIN_PCT}–${RESELLER_RATE_MAX_PCT} %, got ${ratePct}`);
  }
  return Number(divRoundHalfUp(BigInt(amountFen) * BigInt(ratePct), 100n));
}

/**
 * The part of `shareFen` (a commission taken at settlement) that a refund of `amountFen` gives
 * back, when `beforeFen` of the settled `baseFen` was already refunded. Computed cumulatively,
 * round(share × (before + amount) / base) − round(share × before / base), so refunds that add
 * up to the whole base give back exactly the whole share (no fen lost to rounding), and the
 * running total never exceeds it. The same rule serves the platform's and the reseller's share.
 */
export function proRataShareFen(p: { shareFen: number; baseFen: number; beforeFen: number; amountFen: number }): number {
  assertFen('share', p.shareFen);
  assertFen('base', p.baseFen);
  assertFen('before', p.beforeFen);
  assertFen('amount', p.amountFen);
  if (p.baseFen === 0) throw new Error('nothing was settled to refund');
  if (p.beforeFen + p.amountFen > p.baseFen) throw new Error('refunds would exceed the settled amount');
  const [share, base] = [BigInt(p.shareFen), BigInt(p.baseFen)];
  return Number(divRoundHalfUp(share * BigInt(p.beforeFen + p.amountFen), base) - divRoundHalfUp(share * BigInt(p.beforeFen), base));
}
