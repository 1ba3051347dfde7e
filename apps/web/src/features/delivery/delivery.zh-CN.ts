import type { DeliveryRole, MessageTemplateKey, NodeType, ReminderRecipient, ReminderTrigger, RequirementForm, Side } from '@cloudmart/contracts';

/**
 * Vocabulary shared by every delivery-center page (namespace `delivery`): roles, node
 * types, sides, reminder rows. Page strings live in each page group's own namespace.
 */
export const deliveryZhCN = {
  roles: {
    account_manager: '客户经理',
    project_manager: '项目经理',
    consultant: '售前顾问',
    designer: '设计师',
    developer: '开发工程师',
    tester: '测试工程师',
    implementer: '实施工程师',
    customer_service: '客服专员',
    delivery_specialist: '交付专员',
    engineer: '工程师',
    service_staff: '服务人员',
    provider_admin: '服务商管理员',
  } satisfies Record<DeliveryRole, string>,
  nodeTypes: {
    assign_provider: '分配服务商节点',
    container: '容器节点',
    submit: '提交需求节点',
    claim: '认领订单节点',
    assign: '分配订单节点',
    confirm: '确认节点',
    general: '通用节点',
    complete: '完成项目节点',
  } satisfies Record<NodeType, string>,
  sides: { provider: '服务商', customer: '客户端' } satisfies Record<Side, string>,
  recipients: { customer: '顾客', provider_employee: '服务商员工', provider_admin: '服务商管理员', vendor_admin: '厂商管理员' } satisfies Record<
    ReminderRecipient,
    string
  >,
  triggers: { enter: '进入当前流程', timeout: '当前流程超时', rejected: '当前流程被驳回', completed: '当前流程完成' } satisfies Record<ReminderTrigger, string>,
  messageTemplates: {
    demand_submit_customer: '需求提交-通知客户',
    assigned_employee: '分单到子账号-通知子账号',
    node_enter_employee: '进入节点-通知子账号',
    node_timeout_employee: '节点超时通知子账号',
    node_timeout_customer: '节点超时通知客户',
    confirm_customer: '确认节点-发送客户',
    rejected_employee: '节点被驳回-通知子账号',
    project_completed_customer: '项目完成-通知客户',
  } satisfies Record<MessageTemplateKey, string>,
  requirementForms: {
    general_demand: '通用需求表单',
    website_demand: '网站建设需求表单',
    deployment_demand: '部署实施需求表单',
    contract_info: '合同签署信息表单',
  } satisfies Record<RequirementForm, string>,
  assignRules: { provider_first: '服务商优先', department_first: '部门优先' },
  projectStatuses: { queued: '排队中', running: '执行中', paused: '已暂停', completed: '已完成', cancelled: '已取消' },
  taskStatuses: { waiting: '等待分单', open: '处理中', done: '已完成', rejected: '已驳回', cancelled: '已取消' },
  workingDays: '{{days}} 个工作日',
};
