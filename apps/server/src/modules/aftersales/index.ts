import type { ModuleDef } from '../../platform/module.js';
import { settlementSweep } from '../ledger/index.js';
import { buyerAftersalesRoutes } from './buyer-aftersales.routes.js';
import { invoiceRoutes } from './invoice.routes.js';
import { priceChangeRoutes } from './price-change.routes.js';
import { autoApproveSweep } from './refund.approve.js';
import { refundRoutes } from './refund.routes.js';
import { settingsRoutes } from './settings.routes.js';
import { getSettings } from './settings.service.js';

export { getSettings } from './settings.service.js';
export { invoicesToIssueCount, operatorAftersalesQueues, pendingRefundCount } from './home-counts.queries.js';

export const aftersalesModule: ModuleDef = {
  name: 'aftersales',
  routes: (app, deps) => {
    priceChangeRoutes(app, deps);
    invoiceRoutes(app, deps);
    refundRoutes(app, deps);
    settingsRoutes(app, deps);
    buyerAftersalesRoutes(app, deps);
  },
  // orders settle once the operator's refund window has passed (DOMAIN 2.1)
  sweeps: (deps) => [autoApproveSweep, settlementSweep(async (tx) => (await getSettings(tx, deps.clock.now())).refundWindowDays)],
};
