import type { Deps } from '../../platform/module.js';
import type { Outbox } from '../../platform/outbox.js';
import { INSTANCE_IN_SERVICE, instanceInServicePayload } from '../orders/index.js';
import { startProject } from './projects.service.js';

/** Starts a project when a service instance enters in_service (orders' INSTANCE_IN_SERVICE). */
export function deliveryHandlers(outbox: Outbox, deps: Deps): void {
  outbox.on(INSTANCE_IN_SERVICE, 'delivery.start-project', async (event) => {
    await startProject(deps, instanceInServicePayload.parse(event.payload));
  });
}
