import { defineSection } from '../../shared/i18n/sections';

/** The distribution pages' strings, loaded with them (shared/i18n/sections.ts). */
export const distributionSection = defineSection('distribution', {
  'zh-CN': () => import('./distribution.zh-CN').then((m) => m.distributionZhCN),
  'en-US': () => import('./distribution.en-US').then((m) => m.distributionEnUS),
});
