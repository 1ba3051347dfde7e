import { defineSection } from '../../../shared/i18n/sections';

/** The buyer's refunds, invoices and reviews: fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const buyerAftersalesSection = defineSection('buyerAftersales', {
  'zh-CN': () => import('./buyer-aftersales.zh-CN').then((m) => m.buyerAftersalesZhCN),
  'en-US': () => import('./buyer-aftersales.en-US').then((m) => m.buyerAftersalesEnUS),
});
