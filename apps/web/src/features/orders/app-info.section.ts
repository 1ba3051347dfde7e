import { defineSection } from '../../shared/i18n/sections';

/** An instance's application fields: fetched with the pages that use them, not with every page (shared/i18n/sections.ts). */
export const appInfoSection = defineSection('appInfo', {
  'zh-CN': () => import('./app-info.zh-CN').then((m) => m.appInfoZhCN),
  'en-US': () => import('./app-info.en-US').then((m) => m.appInfoEnUS),
});
