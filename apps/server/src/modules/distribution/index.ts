import type { ModuleDef } from '../../platform/module.js';
import { distributionRoutes } from './distribution.routes.js';

// for orders (its distribution-port.ts): a referral at placing, the 分销商信息 of an order
export { orderResellerOf, resellerNames, resolveReferral, type DistributionOrderFacts, type Referral } from './referral.js';
// for the demo seed and the web's link helper
export { referralPath } from './reseller-code.js';

export const distributionModule: ModuleDef = {
  name: 'distribution',
  routes: distributionRoutes,
};
