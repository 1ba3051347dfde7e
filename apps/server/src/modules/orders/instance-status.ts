import type { InstanceStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/**
 * Instance lifecycle (guide 2.1). SaaS instances wait in `opening` until the seller's SPI
 * endpoint answers; service instances run `in_service` while delivery goes on; at expiry an
 * instance is `expired` and kept 7 days (still renewable), then `closed`. A release
 * (refund with release) closes from any live state at once. Closed is final.
 *
 * in_service → opened: the guide defines "服务中：服务类商品，服务流程尚未结束", so once the
 * delivery flow has ended (project completed, or cancelled by the operator) the instance is
 * no longer 服务中. Of the guide's other states, "已关闭" is reached only 7 days after expiry
 * ("已关闭：业务到期后7天…登录、续费入口均关闭") or by a release, and "已到期" only at expiry;
 * the one left is "已开通：已经开通，可正常使用的应用" — the delivered service stays usable and
 * renewable until it expires like any other instance.
 */
export const instanceLifecycle = stateMachine<InstanceStatus>('instance', {
  opening: ['opened', 'closed'],
  opened: ['expired', 'closed'],
  in_service: ['opened', 'expired', 'closed'],
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
    throw new DomainError('instance_action_unavailable', `an instance that is ${status} cannot be the target of ${action}`, { action, instanceStatus: status });
}

/** The live status an instance (re)enters once paid for: service products run in_service. */
export function liveStatusFor(productType: string): 'opened' | 'in_service' {
  return productType === 'service' ? 'in_service' : 'opened';
}

/** Expired instances are kept this long (renewable) before the sweep closes them. */
export const EXPIRED_RETENTION_DAYS = 7;
