import type { FactorScore, StrengthDimension, StrengthFactor, StrengthTier } from '@cloudmart/contracts';

/**
 * 商品力 (guide 3.1): one product's 30-day factor values → normalised factors, five dimension
 * scores and a weighted total 0..100 (one decimal) → tier. Pure; docs/growth.md gives the formulas.
 */
export type StrengthInputs = Record<StrengthFactor, number> & {
  /** 服务类商品: the delivery-center factors apply only to them (guide 3.1 说明) */
  isService: boolean;
  /** the guide's 托管 bonus in points (hosting-seam.ts reads the hosting module's links) */
  hostedBonus?: number;
};

type Norm =
  /** min(1, x / ref): reaches 1 at the reference value */
  | { kind: 'saturate'; ref: number }
  /** a 0..1 rate taken as is */
  | { kind: 'rate' }
  /** 1 - rate, 0 without paid orders */
  | { kind: 'inverseRate' }
  /** max(0, 1 - x / ref), 0 without paid orders */
  | { kind: 'inverseCount'; ref: number }
  /** 0 or 1 */
  | { kind: 'flag' };

export interface FactorRule {
  factor: StrengthFactor;
  dimension: StrengthDimension;
  weight: number;
  norm: Norm;
  serviceOnly?: boolean;
}

/** Weights sum to 100 for a service product. 服务力's 工单 factors are excluded (no tickets exist): docs/growth.md. */
export const FACTOR_RULES: readonly FactorRule[] = [
  { factor: 'payingBuyerRate', dimension: 'trade', weight: 4, norm: { kind: 'rate' } },
  { factor: 'orderCount', dimension: 'trade', weight: 6, norm: { kind: 'saturate', ref: 20 } },
  { factor: 'paidOrderCount', dimension: 'trade', weight: 6, norm: { kind: 'saturate', ref: 20 } },
  { factor: 'gmvFen', dimension: 'trade', weight: 6, norm: { kind: 'saturate', ref: 1_000_000 } },
  { factor: 'renewalRate', dimension: 'trade', weight: 4, norm: { kind: 'rate' } },
  { factor: 'repurchaseRate', dimension: 'trade', weight: 4, norm: { kind: 'rate' } },
  { factor: 'detailUv', dimension: 'marketing', weight: 6, norm: { kind: 'saturate', ref: 1000 } },
  { factor: 'detailVisitors', dimension: 'marketing', weight: 6, norm: { kind: 'saturate', ref: 500 } },
  { factor: 'avgStaySeconds', dimension: 'marketing', weight: 4, norm: { kind: 'saturate', ref: 120 } },
  { factor: 'brandGreenChannel', dimension: 'marketing', weight: 4, norm: { kind: 'flag' } },
  { factor: 'quotesSent', dimension: 'service', weight: 15, norm: { kind: 'saturate', ref: 10 } },
  { factor: 'refundCount', dimension: 'delivery', weight: 3, norm: { kind: 'inverseCount', ref: 5 } },
  { factor: 'refundRate', dimension: 'delivery', weight: 4, norm: { kind: 'inverseRate' } },
  { factor: 'projects', dimension: 'delivery', weight: 4, norm: { kind: 'saturate', ref: 10 }, serviceOnly: true },
  { factor: 'projectsCompleted', dimension: 'delivery', weight: 4, norm: { kind: 'saturate', ref: 10 }, serviceOnly: true },
  { factor: 'fiveStarProjects', dimension: 'expression', weight: 3, norm: { kind: 'saturate', ref: 5 }, serviceOnly: true },
  { factor: 'fiveStarOrders', dimension: 'expression', weight: 5, norm: { kind: 'saturate', ref: 10 } },
  { factor: 'hasCases', dimension: 'expression', weight: 3, norm: { kind: 'flag' } },
  { factor: 'hasQualification', dimension: 'expression', weight: 3, norm: { kind: 'flag' } },
  { factor: 'hasVideo', dimension: 'expression', weight: 3, norm: { kind: 'flag' } },
  { factor: 'hasPromotion', dimension: 'expression', weight: 3, norm: { kind: 'flag' } },
];

export const RATE_FACTORS: ReadonlySet<StrengthFactor> = new Set(['payingBuyerRate', 'renewalRate', 'repurchaseRate', 'refundRate']);
export const FLAG_FACTORS: ReadonlySet<StrengthFactor> = new Set(['brandGreenChannel', 'hasCases', 'hasQualification', 'hasVideo', 'hasPromotion']);

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
export const round1 = (x: number) => Math.round(x * 10) / 10;

export function normalise(norm: Norm, value: number, paidOrders: number): number {
  switch (norm.kind) {
    case 'saturate':
      return clamp01(value / norm.ref);
    case 'rate':
      return clamp01(value);
    case 'inverseRate':
      return paidOrders > 0 ? 1 - clamp01(value) : 0;
    case 'inverseCount':
      return paidOrders > 0 ? clamp01(1 - value / norm.ref) : 0;
    case 'flag':
      return value > 0 ? 1 : 0;
  }
}

/**
 * "超优品：商品力分值为[80-100]分 … 优品：商品力分值为（60-80）分 … 潜力品：商品力分值为（20-60）分 …
 * 普通品：商品力分值在（0-20）分" — the guide's open bounds overlap at 20, 60 and 80; the lower
 * bound belongs to the higher tier (80 → 超优品, 60 → 优品, 20 → 潜力品).
 */
export function tierOf(total: number): StrengthTier {
  if (total >= 80) return 'excellent';
  if (total >= 60) return 'good';
  if (total >= 20) return 'potential';
  return 'ordinary';
}

export interface StrengthResult {
  total: number;
  tier: StrengthTier;
  dimensions: { dimension: StrengthDimension; score: number; weight: number }[];
  factors: FactorScore[];
}

const DIMENSIONS: readonly StrengthDimension[] = ['trade', 'marketing', 'service', 'delivery', 'expression'];

/**
 * total = 100 · Σ wᵢ·nᵢ / Σ wᵢ over the factors that apply (+ the hosting bonus, capped at 100);
 * a dimension's score = 100 · Σ wᵢ·nᵢ / Σ wᵢ over its applying factors; its weight = its share of the total.
 */
export function strengthScore(input: StrengthInputs): StrengthResult {
  const paid = input.paidOrderCount;
  const factors: FactorScore[] = FACTOR_RULES.map((r) => {
    const applies = !r.serviceOnly || input.isService;
    const value = input[r.factor];
    return {
      factor: r.factor,
      dimension: r.dimension,
      value,
      normalised: applies ? normalise(r.norm, value, paid) : 0,
      weight: applies ? r.weight : 0,
      applies,
    };
  });
  const totalWeight = factors.reduce((s, f) => s + f.weight, 0);
  const earned = factors.reduce((s, f) => s + f.weight * f.normalised, 0);
  const total = round1(Math.min(100, (100 * earned) / totalWeight + (input.hostedBonus ?? 0)));
  const dimensions = DIMENSIONS.map((d) => {
    const fs = factors.filter((f) => f.dimension === d);
    const w = fs.reduce((s, f) => s + f.weight, 0);
    const e = fs.reduce((s, f) => s + f.weight * f.normalised, 0);
    return { dimension: d, score: w > 0 ? round1((100 * e) / w) : 0, weight: round1((100 * w) / totalWeight) };
  });
  return { total, tier: tierOf(total), dimensions, factors };
}

/** What the total would gain with one factor at its best (used by the advice). */
export function factorGain(input: StrengthInputs, f: FactorScore): number {
  if (!f.applies) return 0;
  const totalWeight = FACTOR_RULES.filter((r) => !r.serviceOnly || input.isService).reduce((s, r) => s + r.weight, 0);
  return round1((100 * f.weight * (1 - f.normalised)) / totalWeight);
}

export function emptyInputs(isService: boolean): StrengthInputs {
  const base = Object.fromEntries(FACTOR_RULES.map((r) => [r.factor, 0])) as Record<StrengthFactor, number>;
  return { ...base, isService };
}
