import { defineSection } from '../../shared/i18n/sections';

/** 直播's strings, fetched with its pages (shared/i18n/sections.ts). */
export const liveSection = defineSection('live', {
  'zh-CN': () => import('./live.zh-CN').then((m) => m.liveZhCN),
  'en-US': () => import('./live.en-US').then((m) => m.liveEnUS),
});
