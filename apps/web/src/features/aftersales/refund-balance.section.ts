import { defineSection } from '../../shared/i18n/sections';

/** The seller's refund-balance hints: fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const refundBalanceSection = defineSection('refundBalance', {
  'zh-CN': () => import('./refund-balance.zh-CN').then((m) => m.refundBalanceZhCN),
  'en-US': () => import('./refund-balance.en-US').then((m) => m.refundBalanceEnUS),
});
