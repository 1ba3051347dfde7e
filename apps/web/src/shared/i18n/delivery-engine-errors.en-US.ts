import type { deliveryEngineErrorsZhCN } from './delivery-engine-errors.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryEngineErrorsEnUS: typeof deliveryEngineErrorsZhCN = {
  step_not_in_flow: 'This step is not part of the project’s service flow; refresh and try again',
  step_not_rejectable: 'This step cannot be rejected',
  no_previous_step: 'There is no earlier step to return to',
  assign_step_incomplete: 'The assign-order step has no role, or the project has no provider yet',
  project_not_running: 'The project is not in progress (queued, completed or cancelled), so this is not possible',
  not_a_service_product: 'Only service products are delivered through a service flow',
};
