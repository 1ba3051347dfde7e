import type { ModuleDef } from '../../platform/module.js';
import { ORDER_PAID, orderPaidPayload } from '../orders/index.js';
import { ledgerRoutes } from './ledger.routes.js';
import { recordPayments } from './ledger.service.js';

// for the refunds work (issue 4): call inside the transaction that creates the refund order
export { postClawback, postRefund, type RefundPosting } from './ledger.service.js';
// for billing: a paid postpaid bill, inside the transaction that marks it paid
export { postBillPayment, type BillPaymentPosting } from './ledger.service.js';
export { REFUND_WINDOW_DAYS, settlementSweep } from './ledger.jobs.js';
// for distribution (分销): the commission arithmetic and the reseller accounts' figures, read-only
export { proRataShareFen, resellerCommissionFen } from './commission.js';
export {
  resellerAccountTotals,
  resellerCommissionsOfOrders,
  resellerEntries,
  type OrderCommission,
  type ResellerAccountTotals,
  type ResellerEntry,
} from './reseller.queries.js';

export const ledgerModule: ModuleDef = {
  name: 'ledger',
  routes: ledgerRoutes,
  // the settlement sweep is registered by the after-sales module, which owns the refund window
  handlers: (outbox, deps) => {
    // a batch's payments posted in one statement
    outbox.onBatch(ORDER_PAID, 'ledger.payment', async (events) => {
      await recordPayments(
        deps,
        events.map((e) => orderPaidPayload.parse(e.payload)),
      );
    });
  },
};
