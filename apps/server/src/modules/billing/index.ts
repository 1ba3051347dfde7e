import type { ModuleDef } from '../../platform/module.js';
import { monthlyBillsSweep } from './billing.jobs.js';
import { billingRoutes } from './billing.routes.js';

export { signUsage } from './metering-signature.js';

export const billingModule: ModuleDef = {
  name: 'billing',
  routes: (app, deps) => billingRoutes(app, deps),
  sweeps: () => [monthlyBillsSweep],
};
