import { defineSection } from '../../shared/i18n/sections';

/** The storefront's strings (also the buyer console's orders, bills and demands): fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const storeSection = defineSection('store', {
  'zh-CN': () => import('./store.zh-CN').then((m) => m.storeZhCN),
  'en-US': () => import('./store.en-US').then((m) => m.storeEnUS),
});
