import { defineSection } from '../../shared/i18n/sections';

/** The buyer's side of 营销 (coupons, offer prices, real-name): fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const promotionsBuyerSection = defineSection('promotionsBuyer', {
  'zh-CN': () => import('./promotions-buyer.zh-CN').then((m) => m.promotionsBuyerZhCN),
  'en-US': () => import('./promotions-buyer.en-US').then((m) => m.promotionsBuyerEnUS),
});
