import type { OrderStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';

/**
 * Order lifecycle (guide 2.1): an unpaid order is paid or voided (automatically after 7
 * days); a paid order may later be refunded. Voided and refunded are final.
 */
export const orderTransitions: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  unpaid: ['paid', 'voided'],
  paid: ['refunded'],
  voided: [],
  refunded: [],
};

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}

export function assertOrderMove(from: OrderStatus, to: OrderStatus): void {
  if (!canMoveOrder(from, to)) throw new DomainError('invalid_state', `order cannot go from ${from} to ${to}`, { from, to });
}

/** How long an unpaid order waits for payment before the sweep voids it. */
export const UNPAID_ORDER_TTL_DAYS = 7;
