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
