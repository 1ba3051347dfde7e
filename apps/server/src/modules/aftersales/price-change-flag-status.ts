import type { PriceFlagStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';

/**
 * A change to 0 fen is flagged (collecting money offline is against policy, DOMAIN 2.6):
 * it waits as `pending` until an operator clears it (legitimate) or confirms the breach.
 * Unflagged changes stay `none` for good.
 */
export const priceFlagTransitions: Readonly<Record<PriceFlagStatus, readonly PriceFlagStatus[]>> = {
  none: [],
  pending: ['cleared', 'confirmed'],
  cleared: [],
  confirmed: [],
};

export function canMovePriceFlag(from: PriceFlagStatus, to: PriceFlagStatus): boolean {
  return priceFlagTransitions[from].includes(to);
}

export function assertPriceFlagMove(from: PriceFlagStatus, to: PriceFlagStatus): void {
  if (!canMovePriceFlag(from, to)) throw new DomainError('invalid_state', `price flag cannot go from ${from} to ${to}`, { from, to });
}

/** Only a change to zero is flagged. */
export function flagOf(newFen: number): { flagged: boolean; flagStatus: PriceFlagStatus } {
  return newFen === 0 ? { flagged: true, flagStatus: 'pending' } : { flagged: false, flagStatus: 'none' };
}
