import type { InstanceStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * Instance lifecycle (guide 2.1). SaaS instances wait in `opening` until the seller's SPI
 * endpoint answers; service instances run `in_service` while delivery goes on; at expiry an
 * instance is `expired` and kept 7 days (still renewable), then `closed`. A release
 * (refund with release) closes from any live state at once. Closed is final.
 */
export const instanceLifecycle = stateMachine<InstanceStatus>('instance', {
  opening: ['opened', 'closed'],
  opened: ['expired', 'closed'],
  in_service: ['expired', 'closed'],
  // a renewal brings an expired instance back (in_service for service products)
  expired: ['opened', 'in_service', 'closed'],
  closed: [],
});
export const instanceTransitions = instanceLifecycle.transitions;
export const canMoveInstance = instanceLifecycle.can;
export const assertInstanceMove = instanceLifecycle.assert;

export const instanceActions = ['renew', 'upgrade', 'convert'] as const;
export type InstanceAction = (typeof instanceActions)[number];

/**
 * Which buyer orders an instance accepts in each state. Renew and convert reach an expired
 * instance (the 7-day retention exists so buyers can come back); an upgrade needs a live one.
 * Nothing acts on an instance still opening (its SPI call is in flight) or closed.
 */
export const instanceActionStates: Readonly<Record<InstanceAction, readonly InstanceStatus[]>> = {
  renew: ['opened', 'in_service', 'expired'],
  upgrade: ['opened', 'in_service'],
  convert: ['opened', 'in_service', 'expired'],
};

export function instanceAccepts(action: InstanceAction, status: InstanceStatus): boolean {
  return instanceActionStates[action].includes(status);
}

export function assertInstanceAccepts(action: InstanceAction, status: InstanceStatus): void {
  if (!instanceAccepts(action, status))
    throw new DomainError('invalid_state', `an instance that is ${status} cannot be the target of ${action}`, { action, instanceStatus: status });
}

/** The live status an instance (re)enters once paid for: service products run in_service. */
export function liveStatusFor(productType: string): 'opened' | 'in_service' {
  return productType === 'service' ? 'in_service' : 'opened';
}

/** Expired instances are kept this long (renewable) before the sweep closes them. */
export const EXPIRED_RETENTION_DAYS = 7;
