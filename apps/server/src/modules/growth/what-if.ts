import type { WhatIfChange } from '@cloudmart/contracts';
import { FLAG_FACTORS, RATE_FACTORS, strengthScore, type StrengthInputs, type StrengthResult } from './strength-score.js';

/**
 * 商品力 what-if: apply the seller's hypothetical changes ("add a video" = set hasVideo 1,
 * "+10 % renewal rate" = add renewalRate 0.1, "+5 5-star orders" = add fiveStarOrders 5) to the
 * inputs, clamped to their domain (rates and flags 0..1, counts ≥ 0), and recompute. Nothing is stored.
 */
export function applyChanges(input: StrengthInputs, changes: readonly WhatIfChange[]): StrengthInputs {
  const next: StrengthInputs = { ...input };
  for (const c of changes) {
    const raw = c.kind === 'set' ? c.value : next[c.factor] + c.amount;
    const max = RATE_FACTORS.has(c.factor) || FLAG_FACTORS.has(c.factor) ? 1 : Number.MAX_SAFE_INTEGER;
    next[c.factor] = Math.min(max, Math.max(0, raw));
  }
  return next;
}

export function whatIf(input: StrengthInputs, changes: readonly WhatIfChange[]): { before: StrengthResult; after: StrengthResult; delta: number } {
  const before = strengthScore(input);
  const after = strengthScore(applyChanges(input, changes));
  return { before, after, delta: Math.round((after.total - before.total) * 10) / 10 };
}
