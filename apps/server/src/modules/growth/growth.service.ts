import type { ProductStrength, StrengthTier, WhatIfChange } from '@cloudmart/contracts';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { products } from '../catalog/index.js';
import { growthAdvice } from './growth-advice.js';
import { productStrengthScores } from './growth.tables.js';
import { gatherInputs, scoreWindow, type ProductInputs } from './strength-inputs.queries.js';
import { strengthScore, type StrengthInputs } from './strength-score.js';
import { whatIf } from './what-if.js';

interface Scored {
  strength: ProductStrength;
  inputs: StrengthInputs;
}

function scoreOf(p: ProductInputs, day: string): Scored {
  const r = strengthScore(p.inputs);
  return {
    inputs: p.inputs,
    strength: {
      productId: p.productId,
      productName: p.productName,
      productType: p.productType,
      day,
      total: r.total,
      tier: r.tier,
      dimensions: r.dimensions,
      factors: r.factors,
    },
  };
}

/**
 * Scores of the listed products: the latest stored row of each, computed on demand (not stored)
 * for a product the sweep has not reached yet.
 */
async function scored(db: Db, now: Date, sellerId: string, productIds?: readonly string[]): Promise<Scored[]> {
  const listed = await db
    .select({ id: products.id, name: products.name, type: products.type })
    .from(products)
    .where(and(eq(products.sellerId, sellerId), eq(products.status, 'listed'), productIds ? inArray(products.id, [...productIds]) : undefined))
    .orderBy(products.id);
  if (listed.length === 0) return [];
  const rows = await db
    .selectDistinctOn([productStrengthScores.productId])
    .from(productStrengthScores)
    .where(
      and(
        eq(productStrengthScores.sellerId, sellerId),
        inArray(
          productStrengthScores.productId,
          listed.map((p) => p.id),
        ),
      ),
    )
    .orderBy(productStrengthScores.productId, desc(productStrengthScores.day));
  const stored = new Map(rows.map((r) => [r.productId, r]));
  const missing = listed.filter((p) => !stored.has(p.id)).map((p) => p.id);
  const { day } = scoreWindow(now);
  const live = new Map(missing.length ? (await gatherInputs(db, now, sellerId, missing)).map((p) => [p.productId, scoreOf(p, day)]) : []);
  return listed.flatMap((p): Scored[] => {
    const s = stored.get(p.id);
    if (s) {
      return [
        {
          inputs: s.inputs,
          strength: {
            productId: p.id,
            productName: p.name,
            productType: p.type,
            day: s.day,
            total: s.totalTenths / 10,
            tier: s.tier,
            dimensions: s.dimensions,
            factors: s.factors,
          },
        },
      ];
    }
    const l = live.get(p.id);
    return l ? [l] : [];
  });
}

export async function listStrength(deps: Deps, sellerId: string, tier: StrengthTier | undefined) {
  const all = await scored(deps.db, deps.clock.now(), sellerId);
  const counts = { excellent: 0, good: 0, potential: 0, ordinary: 0 };
  for (const s of all) counts[s.strength.tier] += 1;
  const items = all
    .filter((s) => !tier || s.strength.tier === tier)
    .map(({ strength: { factors: _f, ...rest } }) => rest)
    .sort((a, b) => b.total - a.total || a.productId.localeCompare(b.productId));
  return { day: scoreWindow(deps.clock.now()).day, counts, items };
}

/** another seller's product, or none: 404; the seller's own product that is not listed: growth_product_not_listed */
async function oneScored(deps: Deps, sellerId: string, productId: string): Promise<Scored> {
  const [owner] = await deps.db.select({ sellerId: products.sellerId, status: products.status }).from(products).where(eq(products.id, productId));
  if (!owner || owner.sellerId !== sellerId) throw new DomainError('not_found', 'product');
  const [s] = await scored(deps.db, deps.clock.now(), sellerId, [productId]);
  if (!s) throw new DomainError('growth_product_not_listed');
  return s;
}

export async function productStrengthDetail(deps: Deps, sellerId: string, productId: string) {
  const s = await oneScored(deps, sellerId, productId);
  const result = strengthScore(s.inputs);
  return { ...s.strength, advice: growthAdvice(productId, s.inputs, result) };
}

/** what-if from the figures shown: nothing is stored */
export async function productWhatIf(deps: Deps, sellerId: string, productId: string, changes: readonly WhatIfChange[]) {
  const s = await oneScored(deps, sellerId, productId);
  const r = whatIf(s.inputs, changes);
  return {
    before: { total: r.before.total, tier: r.before.tier },
    after: { ...s.strength, total: r.after.total, tier: r.after.tier, dimensions: r.after.dimensions, factors: r.after.factors },
    delta: r.delta,
  };
}

/** the store badge: only 超优品 and 优品 show one ("超优品会在商品详情页显示超优品的等级标签", "优品会在商品详情页显示优品的等级标签") */
export async function productTierBadge(db: Db, productId: string): Promise<{ tier: StrengthTier | null }> {
  const [row] = await db
    .select({ tier: productStrengthScores.tier })
    .from(productStrengthScores)
    .innerJoin(products, and(eq(products.id, productStrengthScores.productId), eq(products.status, 'listed')))
    .where(eq(productStrengthScores.productId, productId))
    .orderBy(desc(productStrengthScores.day))
    .limit(1);
  return { tier: row && (row.tier === 'excellent' || row.tier === 'good') ? row.tier : null };
}

/**
 * The daily sweep's work: every listed product's score for `now`'s Beijing day, upserted in one
 * statement. The inputs are gathered set-based per source; a re-run the same day writes the same values.
 */
export async function writeDailyScores(db: Db, now: Date, sellerId: string | null = null): Promise<number> {
  const { day } = scoreWindow(now);
  const all = await gatherInputs(db, now, sellerId);
  if (all.length === 0) return 0;
  const values = all.map((p) => {
    const r = strengthScore(p.inputs);
    return {
      productId: p.productId,
      sellerId: p.sellerId,
      day,
      totalTenths: Math.round(r.total * 10),
      tier: r.tier,
      dimensions: r.dimensions,
      factors: r.factors,
      inputs: p.inputs,
      computedAt: now,
    };
  });
  await db
    .insert(productStrengthScores)
    .values(values)
    .onConflictDoUpdate({
      target: [productStrengthScores.productId, productStrengthScores.day],
      set: {
        totalTenths: sql`excluded.total_tenths`,
        tier: sql`excluded.tier`,
        dimensions: sql`excluded.dimensions`,
        factors: sql`excluded.factors`,
        inputs: sql`excluded.inputs`,
        computedAt: sql`excluded.computed_at`,
      },
    });
  return values.length;
}
