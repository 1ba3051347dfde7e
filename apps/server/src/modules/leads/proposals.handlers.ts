import { eq } from 'drizzle-orm';
import type { Deps } from '../../platform/module.js';
import type { Outbox } from '../../platform/outbox.js';
import { ORDER_PAID, ORDER_VOIDED, orderPaidPayload, orderVoidedPayload, orders } from '../orders/index.js';
import { reopenProposal, settleProposalPaid } from './proposal-pay.service.js';

/** A proposal's orders paid → the proposal paid, the lead and the demand won; voided unpaid → payable again. */
export function proposalHandlers(outbox: Outbox, deps: Deps): void {
  outbox.on(ORDER_PAID, 'leads.proposal_paid', async (event) => {
    const e = orderPaidPayload.parse(event.payload);
    // an event written before it named the proposal: read it from the order (read-only)
    const proposalId =
      e.proposalId !== undefined
        ? e.proposalId
        : ((await deps.db.select({ proposalId: orders.proposalId }).from(orders).where(eq(orders.id, e.orderId)))[0]?.proposalId ?? null);
    if (proposalId) await settleProposalPaid(deps, proposalId, new Date(e.paidAt));
  });
  outbox.on(ORDER_VOIDED, 'leads.proposal_order_voided', async (event) => {
    const e = orderVoidedPayload.parse(event.payload);
    if (e.proposalId) await reopenProposal(deps, e.proposalId, e.orderId);
  });
}
