import { z } from 'zod';

/*
 * Delivery center (DOMAIN 5; the guide's 5 and 8): the vocabulary shared by the server's
 * delivery module and the web pages. A service-flow template is one document: an ordered
 * list of nodes (containers hold child nodes). Drafts may be incomplete; publishing runs
 * every rule of the guide (server: modules/delivery/templates/template-rules.ts).
 */

/** Preset roles of provider employees (read-only list in the delivery center). */
export const deliveryRoles = [
  'account_manager', // 客户经理: claims orders by order number
  'project_manager', // 项目经理
  'consultant', // 售前顾问
  'designer', // 设计师
  'developer', // 开发工程师
  'tester', // 测试工程师
  'implementer', // 实施工程师
  'customer_service', // 客服专员
  // named by the guide (5.4.2 用户管理, 5.4.4 持单量设置, 5.6 "订单分配节点使用的角色是“服务商管理员”")
  'delivery_specialist', // 交付专员
  'engineer', // 工程师
  'service_staff', // 服务人员
  'provider_admin', // 服务商管理员
] as const;
export type DeliveryRole = (typeof deliveryRoles)[number];

export const nodeTypes = ['assign_provider', 'container', 'submit', 'claim', 'assign', 'confirm', 'general', 'complete'] as const;
export type NodeType = (typeof nodeTypes)[number];

/** 接收者 */
export const reminderRecipients = ['customer', 'provider_employee', 'provider_admin', 'vendor_admin'] as const;
/** 触发时机: entering the node, the node timed out, the node was rejected, the node was completed */
export const reminderTriggers = ['enter', 'timeout', 'rejected', 'completed'] as const;
/** Preset message templates (消息模板; read-only, not customisable — as in the guide). */
export const messageTemplateKeys = [
  'demand_submit_customer', // 需求提交-通知客户
  'assigned_employee', // 分单到子账号-通知子账号
  'node_enter_employee', // 进入节点-通知子账号
  'node_timeout_employee', // 节点超时通知子账号
  'node_timeout_customer', // 节点超时通知客户
  'confirm_customer', // 确认节点-发送客户
  'rejected_employee', // 节点被驳回-通知子账号
  'project_completed_customer', // 项目完成-通知客户
] as const;
export type ReminderRecipient = (typeof reminderRecipients)[number];
export type ReminderTrigger = (typeof reminderTriggers)[number];
export type MessageTemplateKey = (typeof messageTemplateKeys)[number];

/** Preset requirement forms (需求表单模板), previewable in the editor. */
export const requirementForms = ['general_demand', 'website_demand', 'deployment_demand', 'contract_info'] as const;
export type RequirementForm = (typeof requirementForms)[number];

export const reminderSchema = z.object({
  recipient: z.enum(reminderRecipients),
  trigger: z.enum(reminderTriggers),
  template: z.enum(messageTemplateKeys),
});
export type Reminder = z.infer<typeof reminderSchema>;

const label = z.string().trim().min(1).max(20);
const optionalLabel = label.optional();
/** Working days, one decimal at most (0 = no timeout). Precision is a publish rule, not a parse error. */
const timeoutDays = z.number().min(0).max(365).default(0);

const nodeBase = {
  /** stable within the template; referenced by projects' tasks */
  id: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(30),
  reminders: z.array(reminderSchema).max(10).default([]),
};

export const assignProviderNodeSchema = z.object({ ...nodeBase, type: z.literal('assign_provider') });
export const submitNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('submit'),
  form: z.enum(requirementForms).optional(),
  submitLabel: optionalLabel,
  viewLabel: optionalLabel,
  timeoutDays,
});
export const claimNodeSchema = z.object({ ...nodeBase, type: z.literal('claim'), role: z.enum(deliveryRoles).optional(), timeoutDays });
export const assignNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('assign'),
  role: z.enum(deliveryRoles).optional(),
  rule: z.enum(['provider_first', 'department_first']).default('provider_first'),
});
export const sides = ['provider', 'customer'] as const;
export type Side = (typeof sides)[number];
export const confirmNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('confirm'),
  side: z.enum(sides).optional(),
  /** provider side only */
  role: z.enum(deliveryRoles).optional(),
  confirmLabel: optionalLabel,
  rejectable: z.boolean().default(false),
  rejectLabel: optionalLabel,
  timeoutDays,
  autoAdvance: z.boolean().default(false),
});
export const generalNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('general'),
  side: z.enum(sides).optional(),
  role: z.enum(deliveryRoles).optional(),
  uploadRequired: z.boolean().default(false),
  /** allowed upload kinds: the contract template limits them to documents (see delivery files) */
  uploadKind: z.enum(['any', 'contract']).default('any'),
  uploadLabel: optionalLabel,
  viewLabel: optionalLabel,
  confirmLabel: optionalLabel,
  timeoutDays,
});
export const completeNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('complete'),
  confirmLabel: optionalLabel,
  rejectable: z.boolean().default(false),
  rejectLabel: optionalLabel,
  timeoutDays,
  autoAdvance: z.boolean().default(false),
  /**
   * The warranty flow (guide 8, 双重确认): the customer confirms within the product's warranty
   * period (calendar days, set when the product is linked to the template); when it ends the
   * project completes on its own. It replaces timeoutDays and autoAdvance.
   */
  untilWarrantyEnds: z.boolean().default(false),
});

/** A node that may stand inside a container. */
export const leafNodeSchema = z.discriminatedUnion('type', [
  submitNodeSchema,
  claimNodeSchema,
  assignNodeSchema,
  confirmNodeSchema,
  generalNodeSchema,
  completeNodeSchema,
]);
export const containerNodeSchema = z.object({ ...nodeBase, type: z.literal('container'), children: z.array(leafNodeSchema).max(30) });
export const flowNodeSchema = z.discriminatedUnion('type', [
  assignProviderNodeSchema,
  containerNodeSchema,
  submitNodeSchema,
  claimNodeSchema,
  assignNodeSchema,
  confirmNodeSchema,
  generalNodeSchema,
  completeNodeSchema,
]);
export type LeafNode = z.infer<typeof leafNodeSchema>;
export type ContainerNode = z.infer<typeof containerNodeSchema>;
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type SubmitNode = z.infer<typeof submitNodeSchema>;
export type ClaimNode = z.infer<typeof claimNodeSchema>;
export type AssignNode = z.infer<typeof assignNodeSchema>;
export type ConfirmNode = z.infer<typeof confirmNodeSchema>;
export type GeneralNode = z.infer<typeof generalNodeSchema>;
export type CompleteNode = z.infer<typeof completeNodeSchema>;
/** Every node the engine walks: containers flattened away, in flow order. */
export type StepNode = z.infer<typeof assignProviderNodeSchema> | LeafNode;

export const flowNodesSchema = z.array(flowNodeSchema).min(1).max(60);

export const templateKinds = ['public', 'private'] as const;
export const templateStatuses = ['draft', 'published'] as const;
/** The four public templates of the guide. */
export const publicTemplateKeys = ['basic', 'warranty', 'contract', 'website'] as const;
export type TemplateKind = (typeof templateKinds)[number];
export type TemplateStatus = (typeof templateStatuses)[number];
export type PublicTemplateKey = (typeof publicTemplateKeys)[number];

/** Every rule checked on publish; each broken one is named in the error (extras.problems). */
export const publishRuleCodes = [
  'first_not_assign_provider', // the first node must be the built-in assign-provider node
  'assign_provider_twice', // the assign-provider node appears once, first
  'last_not_complete', // the last node must be complete-project
  'complete_not_last', // complete-project only as the last node
  'no_work_nodes', // at least one node between assign-provider and complete-project
  'container_empty', // a container needs at least one child
  'duplicate_node_id',
  'name_missing',
  'role_missing', // claim/assign, and provider-side confirm/general, need a role
  'side_missing', // confirm/general need a side
  'role_not_assigned', // a confirm/general role must be the role of an earlier assign or claim node
  'reject_after_assign', // the node right after a claim or assign node may not be rejectable
  'reject_label_missing', // rejectable needs a reject label
  'label_missing', // submit/view/confirm/upload button labels
  'form_missing', // submit-requirements needs a requirement form
  'timeout_precision', // timeout in working days with one decimal at most
  'auto_advance_without_timeout', // auto-advance only with a timeout > 0
  'department_first_without_claim', // department-first assignment needs an earlier claim node
] as const;
export type PublishRuleCode = (typeof publishRuleCodes)[number];

export const publishProblemSchema = z.object({ rule: z.enum(publishRuleCodes), nodeId: z.string().nullable() });
export type PublishProblem = z.infer<typeof publishProblemSchema>;

/* ---------- projects ---------- */

export const projectStatuses = ['queued', 'running', 'paused', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
/** The list tabs of the guide: all, running, timed-out, cancelled, paused, completed. */
export const projectTabs = ['all', 'running', 'overdue', 'cancelled', 'paused', 'completed'] as const;
export type ProjectTab = (typeof projectTabs)[number];
/**
 * 我的项目 (guide 5.5.3: "项目列表根据项目当前状态分页展示，包括全部项目、待处理项目和已处理项目"): besides 全部,
 * pending = the project's live step is mine to act on now; handled = one of my projects whose live
 * step is not mine (I did my part, it waits on someone else, or the project ended). Scope mine only.
 */
export const mineTabs = ['pending', 'handled'] as const;
export type MineTab = (typeof mineTabs)[number];
export const sellerProjectTabs = [...projectTabs, ...mineTabs] as const;
export type SellerProjectTab = (typeof sellerProjectTabs)[number];

/** waiting = the node needs an operator and none has spare capacity (queued for assignment). */
export const taskStatuses = ['waiting', 'open', 'done', 'rejected', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
