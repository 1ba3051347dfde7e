import { defineSection } from '../../shared/i18n/sections';

/** 操作日志's strings, fetched with its pages (shared/i18n/sections.ts). */
export const auditSection = defineSection('audit', {
  'zh-CN': () => import('./audit.zh-CN').then((m) => m.auditZhCN),
  'en-US': () => import('./audit.en-US').then((m) => m.auditEnUS),
});
