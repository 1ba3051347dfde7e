import type { ModuleDef } from '../../platform/module.js';
import { growthSweeps } from './growth.jobs.js';
import { growthRoutes } from './growth.routes.js';

export { productStrengthScores } from './growth.tables.js';
export { growthPermissions } from './growth.permissions.js';
// the demo seed scores the demo products at its end
export { writeDailyScores } from './growth.service.js';

/** 商品成长 (guide 3): 商品力 scores per product, tiers, benefits, advice and what-if. */
export const growthModule: ModuleDef = {
  name: 'growth',
  routes: growthRoutes,
  sweeps: growthSweeps,
};
