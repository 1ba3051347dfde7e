import type { ModuleDef } from '../../platform/module.js';
import { buyerRoutes } from './buyer.routes.js';
import { instancesRoutes } from './instances.routes.js';
import { ordersSweeps } from './orders.jobs.js';
import { ordersRoutes } from './orders.routes.js';
import { paymentsRoutes } from './payments/payments.routes.js';

// table objects for foreign keys and read-only joins only; writes go through the functions below
export { orders, payments, instances, orderInstances } from './orders.tables.js';
export {
  endServiceFlow,
  instanceTerm,
  markInstanceOpened,
  openInstanceStep,
  openInstanceValues,
  releaseInstance,
  termFrom,
  type InstanceTerm,
  type OpenedInstance,
} from './instances.service.js';
export * from './orders.events.js';
// the write API other modules use: orders' rows change only through these
export { createRefundOrder, markOrderRefunded, recordRefundPayment, type RefundedOrder, type RefundOrderDraft, type RefundPayment } from './refund-orders.js';
export { repriceUnpaid } from './reprice.js';
// 方案 一键支付 (leads): an unpaid order at a quote's adjusted price, carrying the lead and proposal ids
export { placeProposalOrder, proposalOrderStates, type ProposalOrderDraft, type ProposalOrderState } from './proposal-orders.js';
// the cashier seam, for other payments than orders' (postpaid bills)
export { sandboxOf as sandboxPaymentProvider } from './payment.service.js';
export { markSettled } from './settlement.js';
// read-only figures for the portals' home pages
export { buyerOrderFigures, salesFigures } from './home-figures.queries.js';
// read-only figures for the customer center (交易信息, 订单信息, 业务信息, contact consent)
export {
  contactConsentOf,
  instancesOfBuyer,
  lastPurchaseAt,
  lastPurchaseAtValue,
  noTrade,
  ordersOfBuyer,
  tradeOfBuyers,
  type BuyerInstanceLine,
  type BuyerOrderLine,
  type BuyerTrade,
} from './customer-trade.queries.js';

export const ordersModule: ModuleDef = {
  name: 'orders',
  routes: (app, deps) => {
    ordersRoutes(app, deps);
    buyerRoutes(app, deps);
    instancesRoutes(app, deps);
    paymentsRoutes(app, deps);
  },
  sweeps: () => ordersSweeps,
};
