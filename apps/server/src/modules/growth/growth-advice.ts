import type { GrowthAdvice, StrengthFactor } from '@cloudmart/contracts';
import { factorGain, type StrengthInputs, type StrengthResult } from './strength-score.js';

/**
 * 3.2 提升商品力: concrete advice from the weakest factors (largest possible gain first), each
 * with the seller page that fixes it. `{id}` is the product id.
 */
const ADVICE: Record<StrengthFactor, { code: string; link: string }> = {
  payingBuyerRate: { code: 'payingBuyerRate', link: '/seller/orders' },
  orderCount: { code: 'orders', link: '/seller/discounts' },
  paidOrderCount: { code: 'orders', link: '/seller/orders' },
  gmvFen: { code: 'orders', link: '/seller/orders' },
  renewalRate: { code: 'renewal', link: '/seller/instances' },
  repurchaseRate: { code: 'repurchase', link: '/seller/coupons' },
  detailUv: { code: 'traffic', link: '/seller/discounts' },
  detailVisitors: { code: 'traffic', link: '/seller/discounts' },
  avgStaySeconds: { code: 'stay', link: '/seller/products/{id}' },
  brandGreenChannel: { code: 'brand', link: '/seller/products' },
  quotesSent: { code: 'quotes', link: '/seller/leads' },
  refundCount: { code: 'refunds', link: '/seller/refunds' },
  refundRate: { code: 'refunds', link: '/seller/refunds' },
  projects: { code: 'projects', link: '/seller/delivery' },
  projectsCompleted: { code: 'projectsCompleted', link: '/seller/delivery' },
  fiveStarProjects: { code: 'satisfaction', link: '/seller/reviews' },
  fiveStarOrders: { code: 'reviews', link: '/seller/reviews' },
  hasCases: { code: 'cases', link: '/seller/products/{id}' },
  hasQualification: { code: 'qualification', link: '/seller/products/{id}' },
  hasVideo: { code: 'video', link: '/seller/products/{id}' },
  hasPromotion: { code: 'promotion', link: '/seller/coupons' },
};

export function growthAdvice(productId: string, input: StrengthInputs, result: StrengthResult, limit = 5): GrowthAdvice[] {
  const seen = new Set<string>();
  return result.factors
    .filter((f) => f.applies && f.normalised < 1)
    .map((f) => ({ f, gain: factorGain(input, f) }))
    .filter((x) => x.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.f.factor.localeCompare(b.f.factor))
    .filter((x) => {
      const code = ADVICE[x.f.factor].code;
      if (seen.has(code)) return false;
      seen.add(code);
      return true;
    })
    .slice(0, limit)
    .map(({ f, gain }) => ({
      factor: f.factor,
      dimension: f.dimension,
      code: ADVICE[f.factor].code,
      gain,
      link: ADVICE[f.factor].link.replace('{id}', productId),
    }));
}
