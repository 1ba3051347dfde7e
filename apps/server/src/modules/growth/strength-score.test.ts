import { strengthFactors, type WhatIfChange } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { growthAdvice } from './growth-advice.js';
import { emptyInputs, FACTOR_RULES, strengthScore, tierOf, type StrengthInputs } from './strength-score.js';
import { applyChanges, whatIf } from './what-if.js';

describe('tiers: "超优品：商品力分值为[80-100]分 … 优品：商品力分值为（60-80）分 … 潜力品：商品力分值为（20-60）分 … 普通品：商品力分值在（0-20）分"', () => {
  it.each([
    [100, 'excellent'],
    [80, 'excellent'],
    [79.9, 'good'],
    [60, 'good'],
    [59.9, 'potential'],
    [20, 'potential'],
    [19.9, 'ordinary'],
    [0, 'ordinary'],
  ] as const)('%s → %s', (total, tier) => {
    expect(tierOf(total)).toBe(tier);
  });
});

describe('weights', () => {
  it('sum to 100 for a service product; service-only factors (交付中心项目量, 项目完成量, 买家5分项目量) are excluded elsewhere and the rest re-weighted', () => {
    expect(FACTOR_RULES.reduce((s, r) => s + r.weight, 0)).toBe(100);
    const all = { ...emptyInputs(false), projects: 10, projectsCompleted: 10, fiveStarProjects: 5 };
    const r = strengthScore(all);
    expect(r.total).toBe(0);
    expect(r.factors.filter((f) => !f.applies).map((f) => f.factor)).toEqual(['projects', 'projectsCompleted', 'fiveStarProjects']);
    expect(r.dimensions.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(100, 0);
    // only the four flags of 表达力: 12 of 89 points
    const flags = strengthScore({ ...emptyInputs(false), hasCases: 1, hasQualification: 1, hasVideo: 1, hasPromotion: 1 });
    expect(flags.total).toBe(13.5);
    expect(flags.dimensions.find((d) => d.dimension === 'expression')?.score).toBe(70.6); // 12 / 17
  });

  it('a hand-computed product: every dimension and the total', () => {
    const input: StrengthInputs = {
      ...emptyInputs(true),
      payingBuyerRate: 0.5, // 4 × 0.5 = 2
      orderCount: 10, // 6 × 0.5 = 3
      paidOrderCount: 5, // 6 × 0.25 = 1.5
      gmvFen: 250_000, // 6 × 0.25 = 1.5
      renewalRate: 0.2, // 4 × 0.2 = 0.8
      repurchaseRate: 0.1, // 4 × 0.1 = 0.4          交易力 9.2 / 30 = 30.7
      detailUv: 500, // 6 × 0.5 = 3
      detailVisitors: 250, // 6 × 0.5 = 3
      avgStaySeconds: 60, // 4 × 0.5 = 2             营销力 8 / 20 = 40
      quotesSent: 5, // 15 × 0.5 = 7.5              服务力 50
      refundCount: 1, // 3 × 0.8 = 2.4
      refundRate: 0.2, // 4 × 0.8 = 3.2
      projects: 2, // 4 × 0.2 = 0.8
      projectsCompleted: 1, // 4 × 0.1 = 0.4         交付力 6.8 / 15 = 45.3
      fiveStarProjects: 1, // 3 × 0.2 = 0.6
      fiveStarOrders: 2, // 5 × 0.2 = 1
      hasCases: 1, // 3
      hasVideo: 1, // 3                              表达力 7.6 / 20 = 38
    };
    const r = strengthScore(input);
    expect(Object.fromEntries(r.dimensions.map((d) => [d.dimension, d.score]))).toEqual({
      trade: 30.7,
      marketing: 40,
      service: 50,
      delivery: 45.3,
      expression: 38,
    });
    expect(r.total).toBe(39.1); // 9.2 + 8 + 7.5 + 6.8 + 7.6 = 39.1 of 100
    expect(r.tier).toBe('potential');
  });

  it('refund factors give nothing without a paid order (no delivery to judge)', () => {
    const r = strengthScore(emptyInputs(false));
    expect(r.factors.find((f) => f.factor === 'refundRate')?.normalised).toBe(0);
    expect(strengthScore({ ...emptyInputs(false), paidOrderCount: 1 }).factors.find((f) => f.factor === 'refundRate')?.normalised).toBe(1);
  });

  it('the hosted bonus (a product linked to a hosted product that passed 托管审核) adds points, capped at 100', () => {
    expect(strengthScore({ ...emptyInputs(false), hasVideo: 1, hostedBonus: 5 }).total).toBe(8.4);
  });
});

// Property test over seeded random cases (fast-check is not a dependency of this repo; same
// seeded generator as promotions' and the ledger's property tests, so a failure replays from its seed).
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInputs(r: () => number): StrengthInputs {
  const base = emptyInputs(r() < 0.5);
  for (const rule of FACTOR_RULES) {
    const x = r();
    base[rule.factor] =
      rule.norm.kind === 'saturate' || rule.norm.kind === 'inverseCount' ? Math.round(x * 2 * rule.norm.ref) : rule.norm.kind === 'flag' ? Math.round(x) : x;
  }
  return base;
}

function randomChange(r: () => number): WhatIfChange {
  const factor = strengthFactors[Math.floor(r() * strengthFactors.length)] ?? 'hasVideo';
  return r() < 0.5
    ? { kind: 'set', factor, value: r() < 0.3 ? 1 : r() * 2_000_000 }
    : { kind: 'add', factor, amount: (r() - 0.5) * 2000 * (r() < 0.5 ? 0.001 : 1) };
}

describe('what-if', () => {
  it('equals the score recomputed from the changed inputs (property)', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const r = prng(seed);
      const input = randomInputs(r);
      const changes = Array.from({ length: 1 + Math.floor(r() * 6) }, () => randomChange(r));
      const w = whatIf(input, changes);
      const changed = applyChanges(input, changes);
      expect(w.after, `seed ${seed}`).toEqual(strengthScore(changed));
      expect(w.before).toEqual(strengthScore(input));
      expect(w.delta).toBeCloseTo(strengthScore(changed).total - strengthScore(input).total, 5);
      expect(w.after.total).toBeGreaterThanOrEqual(0);
      expect(w.after.total).toBeLessThanOrEqual(100);
    }
  });

  it('"add a video" and "+10 % renewal rate" on the hand-computed product', () => {
    const input = { ...emptyInputs(false), renewalRate: 0.95 };
    const r = whatIf(input, [
      { kind: 'set', factor: 'hasVideo', value: 1 },
      { kind: 'add', factor: 'renewalRate', amount: 0.1 },
    ]);
    expect(applyChanges(input, [{ kind: 'add', factor: 'renewalRate', amount: 0.1 }]).renewalRate).toBe(1);
    expect(r.before.total).toBe(4.3); // 4 × 0.95 / 89
    expect(r.after.total).toBe(7.9); // (4 + 3) / 89
    expect(r.delta).toBe(3.6);
  });
});

describe('advice (3.2 提升商品力)', () => {
  it('names the weakest factors first, each with the page that fixes it', () => {
    const input = { ...emptyInputs(false), hasVideo: 1, quotesSent: 10 };
    const advice = growthAdvice('prd_1', input, strengthScore(input));
    // 6-point factors first, by factor name: detailUv (traffic), then gmvFen (orders)
    expect(advice.slice(0, 2)).toMatchObject([
      { code: 'traffic', link: '/seller/discounts' },
      { code: 'orders', link: '/seller/orders' },
    ]);
    expect(advice.map((a) => a.code)).not.toContain('video');
    expect(advice.map((a) => a.code)).not.toContain('quotes');
    const exprOnly = growthAdvice('prd_1', input, strengthScore(input), 30);
    expect(exprOnly.find((a) => a.code === 'cases')).toMatchObject({ link: '/seller/products/prd_1', gain: 3.4 });
    expect(exprOnly.find((a) => a.code === 'promotion')).toMatchObject({ link: '/seller/coupons' });
    expect(exprOnly.find((a) => a.code === 'reviews')).toMatchObject({ link: '/seller/reviews' });
  });
});
