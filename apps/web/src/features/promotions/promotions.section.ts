import { defineSection } from '../../shared/i18n/sections';

/** 营销's seller strings load with its pages (and the product list's 设置优惠 action). */
export const promotionsSection = defineSection('promotions', {
  'zh-CN': () => import('./promotions.zh-CN').then((m) => m.promotionsZhCN),
  'en-US': () => import('./promotions.en-US').then((m) => m.promotionsEnUS),
});
