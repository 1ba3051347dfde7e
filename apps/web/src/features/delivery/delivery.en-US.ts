import type { deliveryZhCN } from './delivery.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryEnUS: typeof deliveryZhCN = {
  roles: {
    account_manager: 'Account manager',
    project_manager: 'Project manager',
    consultant: 'Pre-sales consultant',
    designer: 'Designer',
    developer: 'Developer',
    tester: 'Tester',
    implementer: 'Implementation engineer',
    customer_service: 'Customer service',
  },
  nodeTypes: {
    assign_provider: 'Assign provider',
    container: 'Container',
    submit: 'Submit requirements',
    claim: 'Claim order',
    assign: 'Assign order',
    confirm: 'Confirm',
    general: 'General',
    complete: 'Complete project',
  },
  sides: { provider: 'Provider', customer: 'Customer' },
  recipients: { customer: 'Customer', provider_employee: 'Provider employee', provider_admin: 'Provider admin', vendor_admin: 'Vendor admin' },
  triggers: {
    enter: 'On entering the node',
    timeout: 'When the node times out',
    rejected: 'When the node is rejected',
    completed: 'When the node is completed',
  },
  messageTemplates: {
    demand_submit_customer: 'Requirements – notify customer',
    assigned_employee: 'Assigned – notify employee',
    node_enter_employee: 'Node entered – notify employee',
    node_timeout_employee: 'Node timed out – notify employee',
    node_timeout_customer: 'Node timed out – notify customer',
    confirm_customer: 'Confirmation – notify customer',
    rejected_employee: 'Rejected – notify employee',
    project_completed_customer: 'Project completed – notify customer',
  },
  requirementForms: {
    general_demand: 'General requirements',
    website_demand: 'Website requirements',
    deployment_demand: 'Deployment requirements',
    contract_info: 'Contract signing details',
  },
  assignRules: { provider_first: 'Provider first', department_first: 'Department first' },
  projectStatuses: { queued: 'Queued', running: 'Running', paused: 'Paused', completed: 'Completed', cancelled: 'Cancelled' },
  taskStatuses: { waiting: 'Waiting for assignment', open: 'In progress', done: 'Done', rejected: 'Rejected', cancelled: 'Cancelled' },
  workingDays: '{{days}} working days',
};
