import { defineSection } from '../../shared/i18n/sections';

/** 产品托管's strings, fetched with its pages (shared/i18n/sections.ts). */
export const hostingSection = defineSection('hosting', {
  'zh-CN': () => import('./hosting.zh-CN').then((m) => m.hostingZhCN),
  'en-US': () => import('./hosting.en-US').then((m) => m.hostingEnUS),
});
