import { defineSection } from '../../shared/i18n/sections';

/** 售后: refunds, invoices, reviews, price changes (seller and operator): fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const aftersalesSection = defineSection('aftersales', {
  'zh-CN': () => import('./aftersales.zh-CN').then((m) => m.aftersalesZhCN),
  'en-US': () => import('./aftersales.en-US').then((m) => m.aftersalesEnUS),
});
