import { defineSection } from '../../shared/i18n/sections';

/** Export downloads (我的下载): fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const downloadsSection = defineSection('downloads', {
  'zh-CN': () => import('./downloads.zh-CN').then((m) => m.downloadsZhCN),
  'en-US': () => import('./downloads.en-US').then((m) => m.downloadsEnUS),
});
