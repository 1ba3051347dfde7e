import { defineSection } from '../../../shared/i18n/sections';

/** 商机路由's strings, fetched with its pages (beside leadsBuyer, which holds the demand's labels). */
export const leadsOperatorSection = defineSection('leadsOperator', {
  'zh-CN': () => import('./leads-operator.zh-CN').then((m) => m.leadsOperatorZhCN),
  'en-US': () => import('./leads-operator.en-US').then((m) => m.leadsOperatorEnUS),
});
