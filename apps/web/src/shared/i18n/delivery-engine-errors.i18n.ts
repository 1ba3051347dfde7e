/*
 * Error texts of the delivery engine, calendar and templates (issue 11: specific codes instead
 * of invalid_state). Spread into the `errors` catalogue of each language.
 */
export const deliveryEngineErrorsZhCN = {
  step_not_in_flow: '该节点不在此项目的服务流程中，请刷新后重试',
  step_not_rejectable: '此节点不能驳回',
  no_previous_step: '没有可退回的上一步节点',
  assign_step_incomplete: '分配订单节点未设置角色，或项目尚未分配服务商',
  project_not_running: '项目不在进行中（排队中、已完成或已取消），不能执行此操作',
  not_a_service_product: '只有服务类商品可以关联服务流程',
};

export const deliveryEngineErrorsEnUS: Record<keyof typeof deliveryEngineErrorsZhCN, string> = {
  step_not_in_flow: 'This step is not part of the project’s service flow; refresh and try again',
  step_not_rejectable: 'This step cannot be rejected',
  no_previous_step: 'There is no earlier step to return to',
  assign_step_incomplete: 'The assign-order step has no role, or the project has no provider yet',
  project_not_running: 'The project is not in progress (queued, completed or cancelled), so this is not possible',
  not_a_service_product: 'Only service products are delivered through a service flow',
};
