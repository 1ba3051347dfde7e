import { defineSection } from './sections';

/** Products, instances, money and the consoles' shared commerce words: fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const commerceSection = defineSection('commerce', {
  'zh-CN': () => import('./commerce.zh-CN').then((m) => m.commerceZhCN),
  'en-US': () => import('./commerce.en-US').then((m) => m.commerceEnUS),
});
