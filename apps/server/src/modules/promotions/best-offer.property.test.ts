import type { Client, DiscountConditions, PromotionScenario, PurchaseUnit } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { bestOffer, discountedUnitFen, discountMiss, type DiscountRule, type PurchaseContext } from './best-offer.js';
import { couponValueFen, type CouponTerms } from './coupon-value.js';

// Property tests over seeded random cases (fast-check is not a dependency of this repo; the
// ledger's property tests use the same seeded generator, so a failure replays from its seed).
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

const RUNS = 400;
const SPECS = ['s1', 's2', 's3'];
const SCENARIOS: PromotionScenario[] = ['new', 'renew', 'upgrade'];
const CLIENTS: Client[] = ['pc', 'mobile'];
const TERMS: { unit: PurchaseUnit; duration: number }[] = [
  { unit: 'month', duration: 1 },
  { unit: 'month', duration: 3 },
  { unit: 'year', duration: 1 },
];
const NOW = new Date('2026-06-01T00:00:00Z').getTime();
const HOUR = 3_600_000;

class Gen {
  constructor(readonly r: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  bool(p = 0.5): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)] as T;
  }
  subset<T>(xs: readonly T[], p = 0.3): T[] {
    return xs.filter(() => this.bool(p));
  }
}

const noConditions = (): DiscountConditions => ({ scenarios: [], minQuantity: null, clients: [], terms: [], firstPurchaseOnly: false, realNameOnly: false });

function genDiscount(g: Gen, i: number, listFen: number): DiscountRule {
  const amountOff = g.bool();
  return {
    id: `d${i}`,
    name: `优惠${i}`,
    type: amountOff ? 'amount_off' : 'percent_off',
    // sometimes above the price: the clamp must hold
    amountOffFen: amountOff ? g.int(1, Math.max(1, Math.round(listFen * 1.2))) : null,
    rateTenths: amountOff ? null : g.int(1, 99),
    startsAt: new Date(NOW + g.int(-48, 24) * HOUR),
    endsAt: new Date(NOW + g.int(-24, 48) * HOUR + HOUR),
    specIds: g.subset(SPECS, 0.6),
    conditions: {
      scenarios: g.subset(SCENARIOS),
      minQuantity: g.bool(0.3) ? g.int(1, 5) : null,
      clients: g.subset(CLIENTS),
      terms: g.subset(TERMS),
      firstPurchaseOnly: g.bool(0.3),
      realNameOnly: g.bool(0.3),
    },
    publishStatus: g.bool(0.8) ? 'published' : 'prepublished',
  };
}

function genContext(g: Gen): PurchaseContext {
  return {
    specId: g.pick(SPECS),
    term: g.bool(0.9) ? g.pick(TERMS) : null,
    quantity: g.int(1, 6),
    scenario: g.pick(SCENARIOS),
    client: g.pick(CLIENTS),
    firstPurchase: g.bool(),
    realNameVerified: g.bool(),
    includePrepublished: g.bool(0.3),
    now: new Date(NOW),
  };
}

/** Each condition judged independently of discountMiss: does this purchase meet it? */
const conditionChecks: Record<keyof DiscountConditions, (c: DiscountConditions, ctx: PurchaseContext) => boolean> = {
  scenarios: (c, ctx) => c.scenarios.length === 0 || c.scenarios.includes(ctx.scenario),
  minQuantity: (c, ctx) => c.minQuantity === null || ctx.quantity >= c.minQuantity,
  clients: (c, ctx) => c.clients.length === 0 || c.clients.includes(ctx.client),
  terms: (c, ctx) => c.terms.length === 0 || (ctx.term !== null && c.terms.some((t) => t.unit === ctx.term?.unit && t.duration === ctx.term.duration)),
  firstPurchaseOnly: (c, ctx) => !c.firstPurchaseOnly || ctx.firstPurchase,
  realNameOnly: (c, ctx) => !c.realNameOnly || ctx.realNameVerified,
};

function applies(d: DiscountRule, ctx: PurchaseContext): boolean {
  const t = ctx.now.getTime();
  return (
    (d.publishStatus === 'published' || ctx.includePrepublished) &&
    t >= d.startsAt.getTime() &&
    t < d.endsAt.getTime() &&
    d.specIds.includes(ctx.specId) &&
    Object.values(conditionChecks).every((check) => check(d.conditions, ctx))
  );
}

describe('bestOffer properties (guide 2.9 最优最省钱)', () => {
  it('never negative, never above the list price, never worse than any single discount, and equal to the brute-force minimum', () => {
    const g = new Gen(prng(20260601));
    for (let run = 0; run < RUNS; run++) {
      const listFen = g.int(0, 500_000);
      const ds = Array.from({ length: g.int(0, 8) }, (_, i) => genDiscount(g, i, listFen));
      const ctx = genContext(g);
      const best = bestOffer(ds, listFen, ctx);
      const total = listFen * ctx.quantity;
      const paid = total - (best?.amountFen ?? 0);
      expect(paid, `run ${run}`).toBeGreaterThanOrEqual(0);
      expect(paid, `run ${run}`).toBeLessThanOrEqual(total);
      const applicable = ds.filter((d) => applies(d, ctx));
      const brute = Math.min(total, ...applicable.map((d) => Math.max(0, Math.min(listFen, discountedUnitFen(d, listFen))) * ctx.quantity));
      expect(paid, `run ${run}`).toBe(brute);
      for (const d of applicable) expect(paid).toBeLessThanOrEqual(discountedUnitFen(d, listFen) * ctx.quantity);
      if (best) {
        expect(applicable.map((d) => d.id)).toContain(best.id);
        expect(best.amountFen).toBeGreaterThan(0);
        expect(best.preview).toBe(ds.find((d) => d.id === best.id)?.publishStatus !== 'published');
      }
    }
  });

  it('each condition, toggled on, excludes exactly the purchases it names', () => {
    const g = new Gen(prng(7));
    const keys = Object.keys(conditionChecks) as (keyof DiscountConditions)[];
    for (let run = 0; run < RUNS; run++) {
      const ctx = genContext(g);
      const base: DiscountRule = { ...genDiscount(g, 0, 10_000), specIds: [ctx.specId], publishStatus: 'published', conditions: noConditions() };
      base.startsAt = new Date(NOW - HOUR);
      base.endsAt = new Date(NOW + HOUR);
      // off: applies to every purchase of the spec in the window
      expect(discountMiss(base, ctx)).toBeNull();
      const random = genDiscount(g, 1, 10_000).conditions;
      for (const key of keys) {
        const on = { ...base, conditions: { ...noConditions(), [key]: random[key] } };
        const meets = conditionChecks[key](on.conditions, ctx);
        expect(discountMiss(on, ctx) === null, `${key} run ${run}`).toBe(meets);
      }
    }
  });

  it('ignores 预发布 discounts for everyone but their seller, and windows at their edges', () => {
    const ctx: PurchaseContext = { ...genContext(new Gen(prng(3))), includePrepublished: false, specId: 's1' };
    const d: DiscountRule = {
      id: 'd',
      name: 'd',
      type: 'amount_off',
      amountOffFen: 100,
      rateTenths: null,
      startsAt: new Date(NOW),
      endsAt: new Date(NOW + HOUR),
      specIds: ['s1'],
      conditions: noConditions(),
      publishStatus: 'prepublished',
    };
    expect(discountMiss(d, ctx)).toBe('not_published');
    expect(discountMiss(d, { ...ctx, includePrepublished: true })).toBeNull();
    expect(discountMiss({ ...d, publishStatus: 'published' }, { ...ctx, now: new Date(NOW - 1) })).toBe('not_started');
    expect(discountMiss({ ...d, publishStatus: 'published' }, { ...ctx, now: new Date(NOW + HOUR) })).toBe('ended');
  });
});

describe('couponValueFen properties (guide 2.10)', () => {
  it('is between 0 and the amount for every coupon and amount', () => {
    const g = new Gen(prng(11));
    for (let run = 0; run < RUNS * 2; run++) {
      const percent = g.bool();
      const reduce = g.int(1, 100_000);
      const c: CouponTerms = percent
        ? { kind: 'percent', rateTenths: g.int(1, 99), reduceFen: null, thresholdFen: null }
        : { kind: 'threshold', rateTenths: null, reduceFen: reduce, thresholdFen: reduce + g.int(0, 100_000) };
      const amount = g.int(-10, 300_000);
      const v = couponValueFen(c, amount);
      expect(v, `run ${run}`).toBeGreaterThanOrEqual(0);
      expect(v, `run ${run}`).toBeLessThanOrEqual(Math.max(0, amount));
      if (percent && amount > 0) expect(v).toBe(amount - Math.floor((amount * (c.rateTenths ?? 0) * 2 + 100) / 200));
    }
  });

  it('takes a 满减 from the threshold on, and nothing one fen below it', () => {
    const g = new Gen(prng(13));
    for (let run = 0; run < RUNS; run++) {
      const reduce = g.int(1, 50_000);
      const threshold = reduce + g.int(0, 50_000);
      const c: CouponTerms = { kind: 'threshold', rateTenths: null, reduceFen: reduce, thresholdFen: threshold };
      expect(couponValueFen(c, threshold - 1)).toBe(0);
      expect(couponValueFen(c, threshold)).toBe(reduce);
      expect(couponValueFen(c, threshold + g.int(0, 100_000))).toBe(reduce);
    }
  });

  it('a 折扣券 of 9.9 折 on 1 fen is worth nothing, of 0.1 折 nearly all', () => {
    expect(couponValueFen({ kind: 'percent', rateTenths: 99, reduceFen: null, thresholdFen: null }, 1)).toBe(0);
    expect(couponValueFen({ kind: 'percent', rateTenths: 1, reduceFen: null, thresholdFen: null }, 10_000)).toBe(9_900);
  });
});
