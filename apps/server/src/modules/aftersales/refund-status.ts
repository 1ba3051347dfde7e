import type { RefundOrigin, RefundStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';

/**
 * Refund lifecycle (DOMAIN 2.5). A buyer's request is reviewed by the seller (or approved
 * by the auto-approve sweep); a seller's refund is reviewed by an operator. Both end in
 * refunded or rejected, which are final.
 */
export const refundTransitions: Readonly<Record<RefundStatus, readonly RefundStatus[]>> = {
  reviewing: ['refunded', 'rejected'],
  operator_review: ['refunded', 'rejected'],
  refunded: [],
  rejected: [],
};

/** Where each origin starts: the review it waits in. */
export const initialRefundStatus: Readonly<Record<RefundOrigin, RefundStatus>> = {
  buyer: 'reviewing',
  seller: 'operator_review',
};

/** The statuses a refund can still be decided from (the open ones). */
export const openRefundStatuses = (Object.keys(refundTransitions) as RefundStatus[]).filter((s) => refundTransitions[s].length > 0);

export function canMoveRefund(from: RefundStatus, to: RefundStatus): boolean {
  return refundTransitions[from].includes(to);
}

export function assertRefundMove(from: RefundStatus, to: RefundStatus): void {
  if (!canMoveRefund(from, to)) throw new DomainError('invalid_state', `refund cannot go from ${from} to ${to}`, { from, to });
}
