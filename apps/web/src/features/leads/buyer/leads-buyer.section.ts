import { defineSection } from '../../../shared/i18n/sections';

/** 商机's buyer-side strings (and the demand labels the operator console shares), fetched with their pages. */
export const leadsBuyerSection = defineSection('leadsBuyer', {
  'zh-CN': () => import('./leads-buyer.zh-CN').then((m) => m.leadsBuyerZhCN),
  'en-US': () => import('./leads-buyer.en-US').then((m) => m.leadsBuyerEnUS),
});
