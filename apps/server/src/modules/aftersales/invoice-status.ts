import type { InvoiceStatus, PostageKind } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/** Invoice lifecycle (DOMAIN 2.4): the seller issues or rejects an application; both are final. */
export const invoiceLifecycle = stateMachine<InvoiceStatus>(
  'invoice',
  {
    applied: ['issued', 'rejected'],
    issued: [],
    rejected: [],
  },
  (from) => (from !== 'applied' ? new DomainError('invoice_already_decided', `the invoice application is already ${from}`, { status: from }) : undefined),
);
export const invoiceTransitions = invoiceLifecycle.transitions;
export const canMoveInvoice = invoiceLifecycle.can;
export const assertInvoiceMove = invoiceLifecycle.assert;

/** Over ¥200 the seller pays the postage (DOMAIN 2.4); up to ¥200 it may be cash on delivery. */
export const PREPAID_POSTAGE_ABOVE_FEN = 20_000;

export function postageAllowed(amountFen: number, postage: PostageKind): boolean {
  return postage === 'prepaid' || amountFen <= PREPAID_POSTAGE_ABOVE_FEN;
}

export function assertPostage(amountFen: number, postage: PostageKind): void {
  if (!postageAllowed(amountFen, postage)) {
    throw new DomainError('postage_must_be_prepaid', `an invoice over ¥200 is mailed at the seller's cost`, { amountFen, postage });
  }
}
