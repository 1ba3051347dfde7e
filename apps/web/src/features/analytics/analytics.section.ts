import { defineSection } from '../../shared/i18n/sections';

/** 数据's strings load with its four pages. */
export const analyticsSection = defineSection('analytics', {
  'zh-CN': () => import('./analytics.zh-CN').then((m) => m.analyticsZhCN),
  'en-US': () => import('./analytics.en-US').then((m) => m.analyticsEnUS),
});
