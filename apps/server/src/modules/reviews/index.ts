import type { ModuleDef } from '../../platform/module.js';
import { reviewsSweeps } from './reviews.jobs.js';
import { reviewsRoutes } from './reviews.routes.js';

export { reviews } from './reviews.tables.js';
export { shopScore, scoreFromTotals } from './shop-score.js';
export { reviewsToReplyCount } from './home-counts.queries.js';

export const reviewsModule: ModuleDef = {
  name: 'reviews',
  routes: reviewsRoutes,
  sweeps: () => reviewsSweeps,
};
