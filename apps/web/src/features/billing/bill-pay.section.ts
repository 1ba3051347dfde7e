import { defineSection } from '../../shared/i18n/sections';

/** Paying a bill (seller and buyer bills pages): fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const billPaySection = defineSection('billPay', {
  'zh-CN': () => import('./bill-pay.zh-CN').then((m) => m.billPayZhCN),
  'en-US': () => import('./bill-pay.en-US').then((m) => m.billPayEnUS),
});
