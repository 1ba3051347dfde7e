import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { FactorScore, StrengthDimension, StrengthTier } from '@cloudmart/contracts';
import type { StrengthInputs } from './strength-score.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 商品力 per product per Beijing day, written by the daily sweep (growth.score): the total in
 * tenths of a point, the tier, the dimension and factor breakdown and the inputs it came from
 * (so the page's what-if starts from exactly the figures shown). Upserted: a re-run the same day
 * writes the same row.
 */
export const productStrengthScores = pgTable(
  'product_strength_scores',
  {
    productId: text('product_id').notNull(),
    sellerId: text('seller_id').notNull(),
    day: text('day').notNull(),
    totalTenths: integer('total_tenths').notNull(),
    tier: text('tier').$type<StrengthTier>().notNull(),
    dimensions: jsonb('dimensions').$type<{ dimension: StrengthDimension; score: number; weight: number }[]>().notNull(),
    factors: jsonb('factors').$type<FactorScore[]>().notNull(),
    inputs: jsonb('inputs').$type<StrengthInputs>().notNull(),
    computedAt: ts('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.day] }), index('product_strength_scores_seller_idx').on(t.sellerId, t.day)],
);
