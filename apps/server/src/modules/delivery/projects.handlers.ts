import type { Deps } from '../../platform/module.js';
import type { Outbox } from '../../platform/outbox.js';

/** Starts a project when a service instance enters in_service (orders' INSTANCE_IN_SERVICE). */
export function deliveryHandlers(_outbox: Outbox, _deps: Deps): void {}
