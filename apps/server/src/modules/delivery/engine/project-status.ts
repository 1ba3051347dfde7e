import type { ProjectStatus } from '@cloudmart/contracts';
import { DomainError } from '../../../platform/errors.js';
import { stateMachine } from '../../../platform/state-machine.js';

/**
 * Project lifecycle (DOMAIN 5 "Projects"). A project starts queued at the assign-provider
 * node and runs once a provider has capacity; a running project may be paused and resumed;
 * it completes when the customer confirms the complete-project node (or that node
 * auto-confirms); an operator may cancel any unfinished project. Completed and cancelled
 * are final. A provider change restarts the flow of a running project without leaving
 * running (it is a new run, not a status move).
 */
export const projectLifecycle = stateMachine<ProjectStatus>(
  'project',
  {
    queued: ['running', 'cancelled'],
    running: ['paused', 'completed', 'cancelled'],
    paused: ['running', 'cancelled'],
    completed: [],
    cancelled: [],
  },
  // a paused project refuses work with its own code, so the UI can say "resume first"; a queued or finished one says it is not running
  (from, to) =>
    from === 'paused'
      ? new DomainError('project_paused', `a paused project cannot go to ${to}`, { from, to })
      : from !== 'running'
        ? new DomainError('project_not_running', `a ${from} project cannot go to ${to}`, { from, to })
        : undefined,
);
export const projectTransitions = projectLifecycle.transitions;
export const canMoveProject = projectLifecycle.can;
export const assertProjectMove = projectLifecycle.assert;

/** A new project waits at the assign-provider node until a provider is picked. */
export const initialProjectStatus: ProjectStatus = 'queued';

/** Work on the current node is possible only while running; paused answers project_paused, queued or finished project_not_running. */
export function assertProjectRunning(status: ProjectStatus): void {
  if (status === 'running') return;
  if (status === 'paused') throw new DomainError('project_paused', 'the project is paused');
  throw new DomainError('project_not_running', `the project is ${status}`, { status });
}
