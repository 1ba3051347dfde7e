// Engine room: runs a project's flow (runner, session, status, due clock, reminders) and assigns providers and employees. What other rooms use.
export { dueAfter, dueClockOf, timeLeft } from './due-clock.js';
export { canTakeMore, canWorkNow, chooseEmployee, liveLoadJoin, lockProviderAssignments } from './employee-assignment.js';
export {
  advance,
  assignOperator,
  cancelLiveTask,
  enterStep,
  type Flow,
  type FlowCtx,
  liveTask,
  loadFlow,
  operatorOf,
  rejectStep,
  releaseAll,
  setProject,
  stepOf,
  tryAssignProvider,
  writeLog,
} from './flow-runner.js';
export { assertOperator, type Caller, currentTask, projectIdByOrderNo, withFlow } from './flow-session.js';
export { simulateFlow } from './flow-simulation.js';
export { simulationRoutes } from './simulation.routes.js';
export { employeeLoads, OPEN_PROJECT_STATUSES, providerLoadsOf } from './load.js';
export { assertProjectMove, canMoveProject, initialProjectStatus } from './project-status.js';
export type { Random } from './provider-assignment.js';
export { retryQueuedProject, retryWaitingTask } from './queue-drain.js';
export { type ClosedNotice, fireReminders, notifyClosed, notifyMessage } from './reminders.js';
