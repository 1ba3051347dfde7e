import type { OrderStatus } from '@cloudmart/contracts';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * Order lifecycle (guide 2.1): an unpaid order is paid or voided (automatically after 7
 * days); a paid order may later be refunded. Voided and refunded are final.
 */
export const orderLifecycle = stateMachine<OrderStatus>('order', {
  unpaid: ['paid', 'voided'],
  paid: ['refunded'],
  voided: [],
  refunded: [],
});
export const orderTransitions = orderLifecycle.transitions;
export const canMoveOrder = orderLifecycle.can;
export const assertOrderMove = orderLifecycle.assert;

/** How long an unpaid order waits for payment before the sweep voids it. */
export const UNPAID_ORDER_TTL_DAYS = 7;
