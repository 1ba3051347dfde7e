import { z } from 'zod';

/**
 * 商品成长 (guide 3): the 商品力 model's five dimensions and their factors over the last 30 days,
 * the tiers and the 专属权益 matrix. Formulas in docs/growth.md.
 */
export const strengthDimensions = ['trade', 'marketing', 'service', 'delivery', 'expression'] as const;
export type StrengthDimension = (typeof strengthDimensions)[number];

export const strengthFactors = [
  // 交易力
  'payingBuyerRate',
  'orderCount',
  'paidOrderCount',
  'gmvFen',
  'renewalRate',
  'repurchaseRate',
  // 营销力
  'detailUv',
  'detailVisitors',
  'avgStaySeconds',
  'brandGreenChannel',
  // 服务力
  'quotesSent',
  // 交付力
  'refundCount',
  'refundRate',
  'projects',
  'projectsCompleted',
  // 表达力
  'fiveStarProjects',
  'fiveStarOrders',
  'hasCases',
  'hasQualification',
  'hasVideo',
  'hasPromotion',
] as const;
export type StrengthFactor = (typeof strengthFactors)[number];

export const strengthTiers = ['excellent', 'good', 'potential', 'ordinary'] as const;
/** excellent 超优品 [80-100], good 优品 (60-80), potential 潜力品 (20-60), ordinary 普通品 (0-20) */
export type StrengthTier = (typeof strengthTiers)[number];
export const strengthTierSchema = z.enum(strengthTiers);

export const factorScoreSchema = z.object({
  factor: z.enum(strengthFactors),
  dimension: z.enum(strengthDimensions),
  /** the raw 30-day figure (a count, fen, a 0..1 rate, seconds or 0/1) */
  value: z.number(),
  /** normalised 0..1 */
  normalised: z.number(),
  /** weight in the model; 0 when the factor does not apply (service-only factors on other products) */
  weight: z.number(),
  applies: z.boolean(),
});
export type FactorScore = z.infer<typeof factorScoreSchema>;

export const dimensionScoreSchema = z.object({
  dimension: z.enum(strengthDimensions),
  /** 0..100, one decimal */
  score: z.number(),
  /** the dimension's share of the total, in points (after re-weighting) */
  weight: z.number(),
});

export const growthAdviceSchema = z.object({
  factor: z.enum(strengthFactors),
  dimension: z.enum(strengthDimensions),
  /** i18n key suffix of the advice text */
  code: z.string(),
  /** points the total would gain with the factor at its best */
  gain: z.number(),
  /** the web route that fixes it */
  link: z.string(),
});
export type GrowthAdvice = z.infer<typeof growthAdviceSchema>;

export const productStrengthSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  productType: z.string(),
  day: z.string(),
  total: z.number(),
  tier: strengthTierSchema,
  dimensions: z.array(dimensionScoreSchema),
  factors: z.array(factorScoreSchema),
});
export type ProductStrength = z.infer<typeof productStrengthSchema>;

export const productStrengthDetailSchema = productStrengthSchema.extend({ advice: z.array(growthAdviceSchema) });

export const growthListQuery = z.object({ tier: strengthTierSchema.optional() });
export const growthListSchema = z.object({
  day: z.string(),
  counts: z.object({ excellent: z.number().int(), good: z.number().int(), potential: z.number().int(), ordinary: z.number().int() }),
  items: z.array(productStrengthSchema.omit({ factors: true })),
});

export const whatIfChangeSchema = z.discriminatedUnion('kind', [
  /** set a factor's raw value (a toggle: hasVideo = 1) */
  z.object({ kind: z.literal('set'), factor: z.enum(strengthFactors), value: z.number().min(0).max(1e12) }),
  /** add to a factor's raw value (+0.1 renewalRate, +5 fiveStarOrders) */
  z.object({ kind: z.literal('add'), factor: z.enum(strengthFactors), amount: z.number().min(-1e12).max(1e12) }),
]);
export type WhatIfChange = z.infer<typeof whatIfChangeSchema>;
export const whatIfBody = z.object({ changes: z.array(whatIfChangeSchema).min(1).max(30) });
export const whatIfReplySchema = z.object({
  before: z.object({ total: z.number(), tier: strengthTierSchema }),
  after: productStrengthSchema,
  delta: z.number(),
});

export const growthBenefits = [
  'aliyunPick',
  'goodBadge',
  'searchBoost',
  'homeBanner',
  'homePromo',
  'goodVenue',
  'operatorContact',
  'startupChannel',
  'couponSubsidy',
  'partnerAds',
  'homeLive',
  'newProductEvents',
  'searchHint',
  'liveRights',
] as const;
export type GrowthBenefit = (typeof growthBenefits)[number];
export const benefitMatrixSchema = z.array(z.object({ benefit: z.enum(growthBenefits), tiers: z.array(strengthTierSchema) }));

/** the store product page badge: only 超优品 and 优品 show one (guide 3.1) */
export const productTierBadgeSchema = z.object({ tier: strengthTierSchema.nullable() });
