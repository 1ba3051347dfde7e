import { DISTRIBUTION_RATE_MAX, DISTRIBUTION_RATE_MIN } from '@cloudmart/contracts';

/**
 * 佣金比例 (guide 2.2 ③): "比例区间为20-60%之间，可以按照1%的比例增减调整" — a whole percent
 * from 20 to 60. The modal names the problem instead of letting the server answer 400.
 */
export type RateProblem = 'required' | 'integer' | 'range';

export function rateProblem(value: unknown): RateProblem | null {
  if (value === null || value === undefined || value === '') return 'required';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'required';
  if (!Number.isInteger(value)) return 'integer';
  if (value < DISTRIBUTION_RATE_MIN || value > DISTRIBUTION_RATE_MAX) return 'range';
  return null;
}

/** The commission a rate earns on an amount, as the server computes it: half-up to the fen. */
export function commissionFen(paidFen: number, ratePct: number): number {
  return Math.round((paidFen * ratePct) / 100);
}
