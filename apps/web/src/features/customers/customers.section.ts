import { defineSection } from '../../shared/i18n/sections';

/** 客户中心's strings, fetched with its pages (shared/i18n/sections.ts). */
export const customersSection = defineSection('customers', {
  'zh-CN': () => import('./customers.zh-CN').then((m) => m.customersZhCN),
  'en-US': () => import('./customers.en-US').then((m) => m.customersEnUS),
});
