import type { Deps } from '../../../platform/module.js';
import type { Outbox } from '../../../platform/outbox.js';
import { INSTANCE_CLOSED, INSTANCE_IN_SERVICE, instanceClosedPayload, instanceInServicePayload } from '../../orders/index.js';
import { closeProjectsOfInstance } from './project-control.service.js';
import { startProject } from './projects.service.js';

/**
 * Starts a project when a service instance enters in_service (orders' INSTANCE_IN_SERVICE),
 * and cancels an unfinished one when its instance is closed (a refund released it).
 */
export function deliveryHandlers(outbox: Outbox, deps: Deps): void {
  outbox.on(INSTANCE_IN_SERVICE, 'delivery.start-project', async (event) => {
    await startProject(deps, instanceInServicePayload.parse(event.payload));
  });
  outbox.on(INSTANCE_CLOSED, 'delivery.close-project', async (event) => {
    await closeProjectsOfInstance(deps, instanceClosedPayload.parse(event.payload).instanceId);
  });
}
