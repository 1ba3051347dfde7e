import { defineSection } from '../../shared/i18n/sections';

/** 商品成长's strings, fetched with its page (shared/i18n/sections.ts). */
export const growthSection = defineSection('growth', {
  'zh-CN': () => import('./growth.zh-CN').then((m) => m.growthZhCN),
  'en-US': () => import('./growth.en-US').then((m) => m.growthEnUS),
});
