import { defineSection } from '../../../shared/i18n/sections';

/** 商机广场 / 商机管理 / 需求详情's strings, fetched with the seller's lead pages (shared/i18n/sections.ts). */
export const leadsSellerSection = defineSection('leadsSeller', {
  'zh-CN': () => import('./leads-seller.zh-CN').then((m) => m.leadsSellerZhCN),
  'en-US': () => import('./leads-seller.en-US').then((m) => m.leadsSellerEnUS),
});
