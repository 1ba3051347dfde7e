import type { PriceFlagStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * A change to 0 fen is flagged (collecting money offline is against policy, DOMAIN 2.6):
 * it waits as `pending` until an operator clears it (legitimate) or confirms the breach.
 * Unflagged changes stay `none` for good.
 */
export const priceFlagLifecycle = stateMachine<PriceFlagStatus>(
  'price flag',
  {
    none: [],
    pending: ['cleared', 'confirmed'],
    cleared: [],
    confirmed: [],
  },
  // only a pending flag is handled; one already cleared or confirmed (or never flagged) says so
  (from) => (from !== 'pending' ? new DomainError('price_flag_already_handled', `the price change is ${from}`, { flagStatus: from }) : undefined),
);
export const priceFlagTransitions = priceFlagLifecycle.transitions;
export const canMovePriceFlag = priceFlagLifecycle.can;
export const assertPriceFlagMove = priceFlagLifecycle.assert;

/** Only a change to zero is flagged. */
export function flagOf(newFen: number): { flagged: boolean; flagStatus: PriceFlagStatus } {
  return newFen === 0 ? { flagged: true, flagStatus: 'pending' } : { flagged: false, flagStatus: 'none' };
}
