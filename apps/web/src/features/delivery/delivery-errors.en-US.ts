import type { deliveryErrorsZhCN } from './delivery-errors.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryErrorsEnUS: typeof deliveryErrorsZhCN = {
  project_not_paused: 'The project is not paused',
  project_not_active: 'The project is not in progress (completed, cancelled or still queued)',
  role_not_operated: 'Nobody operates this project in that role',
  already_operator: 'This employee already operates that role',
  already_provider: 'That provider already delivers this project',
  project_not_queued: 'The project is not waiting for a provider',
  step_action_mismatch: 'The current step does not take this action; refresh and try again',
  no_step_takes_files: 'No step of this project takes files now',
  employee_busy: 'The employee still operates open projects; change their operator first',
  leave_over: 'This leave is already over',
  department_cycle: 'A department cannot move below itself or one of its sub-departments',
};
