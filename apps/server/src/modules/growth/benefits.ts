import type { GrowthBenefit, StrengthTier } from '@cloudmart/contracts';

/** 专属权益 (guide 3.1): which tiers hold each benefit, in the guide's row order. */
export const BENEFIT_MATRIX: readonly { benefit: GrowthBenefit; tiers: StrengthTier[] }[] = [
  { benefit: 'aliyunPick', tiers: ['excellent'] },
  { benefit: 'goodBadge', tiers: ['good', 'excellent'] },
  { benefit: 'searchBoost', tiers: ['good', 'excellent'] },
  { benefit: 'homeBanner', tiers: ['good', 'excellent'] },
  { benefit: 'homePromo', tiers: ['good', 'excellent'] },
  { benefit: 'goodVenue', tiers: ['good', 'excellent'] },
  { benefit: 'operatorContact', tiers: ['good', 'excellent'] },
  { benefit: 'startupChannel', tiers: ['good', 'excellent'] },
  { benefit: 'couponSubsidy', tiers: ['good', 'excellent'] },
  { benefit: 'partnerAds', tiers: ['potential', 'good', 'excellent'] },
  { benefit: 'homeLive', tiers: ['potential', 'good', 'excellent'] },
  { benefit: 'newProductEvents', tiers: ['ordinary', 'potential', 'good', 'excellent'] },
  { benefit: 'searchHint', tiers: ['ordinary', 'potential', 'good', 'excellent'] },
  { benefit: 'liveRights', tiers: ['ordinary', 'potential', 'good', 'excellent'] },
];
