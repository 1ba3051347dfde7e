import type { ModuleDef } from '../../platform/module.js';
import { ORDER_PAID, orderPaidPayload } from '../orders/index.js';
import { settlementSweep } from './ledger.jobs.js';
import { ledgerRoutes } from './ledger.routes.js';
import { recordPayment } from './ledger.service.js';

// for the refunds work (issue 4): call inside the transaction that creates the refund order
export { postClawback, postRefund, type RefundPosting } from './ledger.service.js';
export { REFUND_WINDOW_DAYS } from './ledger.jobs.js';

export const ledgerModule: ModuleDef = {
  name: 'ledger',
  routes: ledgerRoutes,
  sweeps: () => [settlementSweep],
  handlers: (outbox, deps) => {
    outbox.on(ORDER_PAID, 'ledger.payment', async (event) => {
      await recordPayment(deps, orderPaidPayload.parse(event.payload));
    });
  },
};
