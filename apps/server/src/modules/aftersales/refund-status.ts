import type { RefundOrigin, RefundStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * Refund lifecycle (DOMAIN 2.5). A buyer's request is reviewed by the seller (or approved
 * by the auto-approve sweep); a seller's refund is reviewed by an operator. Both end in
 * refunded or rejected, which are final.
 */
export const refundLifecycle = stateMachine<RefundStatus>(
  'refund',
  {
    reviewing: ['refunded', 'rejected'],
    operator_review: ['refunded', 'rejected'],
    refunded: [],
    rejected: [],
  },
  // a decided refund is final: deciding it again (a second click, the sweep first) says so
  (from) =>
    from === 'refunded' || from === 'rejected' ? new DomainError('refund_already_decided', `the refund is already ${from}`, { status: from }) : undefined,
);
export const refundTransitions = refundLifecycle.transitions;
export const canMoveRefund = refundLifecycle.can;
export const assertRefundMove = refundLifecycle.assert;

/** Where each origin starts: the review it waits in. */
export const initialRefundStatus: Readonly<Record<RefundOrigin, RefundStatus>> = {
  buyer: 'reviewing',
  seller: 'operator_review',
};

/** The statuses a refund can still be decided from (the open ones). */
export const openRefundStatuses = (Object.keys(refundTransitions) as RefundStatus[]).filter((s) => refundTransitions[s].length > 0);
