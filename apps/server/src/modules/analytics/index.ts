import type { ModuleDef } from '../../platform/module.js';
import { analyticsSweeps } from './analytics-rollup.js';
import { analyticsRoutes } from './analytics.routes.js';
import { trackRoutes } from './track.routes.js';

export { analyticsEvents, analyticsPageRollups, analyticsProductRollups } from './analytics.tables.js';
export { analyticsPermissions } from './analytics.permissions.js';
// 商品成长 (growth) reads product-page traffic from the rollups
export { productTrafficBetween, type ProductTraffic } from './product-traffic.queries.js';
// the bench and tests run the rollup over a range directly
export { rollupDays, runRollup } from './analytics-rollup.js';

/**
 * 经营数据 (guide 7): page events from the storefront (POST /track), rolled up by day and hour
 * by a sweep, and the four reports 总览 / 交易 / 流量 / 商品 with their CSV export.
 */
export const analyticsModule: ModuleDef = {
  name: 'analytics',
  routes: (app, deps) => {
    trackRoutes(app, deps);
    analyticsRoutes(app, deps);
  },
  sweeps: (deps) => analyticsSweeps(deps.config.ANALYTICS_RAW_RETENTION_DAYS),
};
