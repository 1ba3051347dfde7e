import { z } from 'zod';
import { nodeTypes, projectStatuses, projectTabs, requirementForms, sellerProjectTabs, taskStatuses } from './delivery.js';

/*
 * The read side of delivery projects (DOMAIN 5 "Projects"): the seller, buyer and operator lists, the
 * detail page (timeline, live task, instance, requirements, flow log, files), messages and
 * notes (notes are provider-side only and never reach the customer), file attachments.
 */

const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(64);

/** vendor: projects of my products; provider: projects my company delivers; mine: my assignments and tasks. */
export const projectScopes = ['vendor', 'provider', 'mine'] as const;
export type ProjectScope = (typeof projectScopes)[number];

/** What a task's due time counts: working time by the work calendar, or plain time (the warranty step). */
export const dueClocks = ['working', 'calendar'] as const;
export type DueClock = (typeof dueClocks)[number];

export const projectListFilters = z.object({
  /** pending and handled only with scope mine (else 400) */
  tab: z.enum(sellerProjectTabs).default('all'),
  scope: z.enum(projectScopes).default('vendor'),
  orderNo: z
    .string()
    .trim()
    .regex(/^[0-9]{1,20}$/, 'digits only')
    .optional(),
  /** the live task's assignee or anyone holding an active assignment on the project */
  operatorId: id.optional(),
  /** 请输入操作人姓名 (guide 5.4.6): part of the name of the live task's assignee or of an active assignment's holder */
  operatorName: z.string().trim().min(1).max(64).optional(),
  /** the order's id (one project per order) */
  orderId: id.optional(),
  customerUid: z.coerce.number().int().positive().optional(),
  productId: id.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});
export const projectListQuery = projectListFilters.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProjectListFilters = z.infer<typeof projectListFilters>;
export type ProjectListQuery = z.infer<typeof projectListQuery>;

/** The buyer's own projects. */
export const buyerProjectListQuery = z.object({
  tab: z.enum(projectTabs).default('all'),
  /** the project of one of my orders (the order detail's link) */
  orderId: id.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type BuyerProjectListQuery = z.infer<typeof buyerProjectListQuery>;

/** The operator's list (纠纷处理): every seller's projects, the seller filters plus either seller of the project. */
export const operatorProjectListQuery = projectListQuery.omit({ scope: true }).extend({
  tab: z.enum(projectTabs).default('all'),
  /** the product owner (厂商) */
  vendorSellerId: id.optional(),
  /** the company delivering it (服务商) */
  providerSellerId: id.optional(),
});
export type OperatorProjectListQuery = z.infer<typeof operatorProjectListQuery>;

const taskSides = ['provider', 'customer', 'system'] as const;
const party = z.object({ id: z.string(), name: z.string() });

/** One row of the project list (订单号|业务号, 产品名称|销售渠道, 创建时间, 客户名称, 服务商, 操作人|角色, 项目阶段|项目状态). */
export const projectListItemSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  orderNo: z.string(),
  instanceId: z.string().nullable(),
  productId: z.string(),
  productName: z.string(),
  /** online_store | proposal; null when the order is gone */
  salesChannel: z.string().nullable(),
  createdAt: z.string(),
  customer: z.object({ id: z.string(), uid: z.number().int().nullable(), name: z.string() }),
  vendor: party,
  provider: party.nullable(),
  /** who acts on the live task; null = the system (assigning, queued, finished) */
  operator: party.nullable(),
  operatorRole: z.string().nullable(),
  operatorSide: z.enum(taskSides).nullable(),
  /** the current node (项目阶段) */
  stage: z.object({ nodeId: z.string(), name: z.string() }).nullable(),
  status: z.enum(projectStatuses),
  overdue: z.boolean(),
});
export type ProjectListItem = z.infer<typeof projectListItemSchema>;

export const projectTabCountsSchema = z.object({
  all: z.number().int(),
  running: z.number().int(),
  overdue: z.number().int(),
  cancelled: z.number().int(),
  paused: z.number().int(),
  completed: z.number().int(),
  /** 我的项目 only (scope mine) */
  pending: z.number().int().optional(),
  handled: z.number().int().optional(),
});
export type ProjectTabCounts = z.infer<typeof projectTabCountsSchema>;

export const projectListReplySchema = z.object({
  items: z.array(projectListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: projectTabCountsSchema,
});
export type ProjectListReply = z.infer<typeof projectListReplySchema>;

/** operator: the platform reading a project to settle a dispute (read-only, no notes). */
export const projectViewers = ['vendor', 'provider', 'employee', 'customer', 'operator'] as const;
export type ProjectViewer = (typeof projectViewers)[number];

/** stopped: the step a cancelled flow ended at */
export const timelineStepStates = ['done', 'current', 'stopped', 'pending'] as const;
export const timelineStepSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  type: z.enum(nodeTypes),
  side: z.enum(taskSides),
  role: z.string().nullable(),
  state: z.enum(timelineStepStates),
  /** attempts of this node rejected in the current run */
  rejectedCount: z.number().int(),
  operator: party.nullable(),
  enteredAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  dueAt: z.string().nullable(),
});
export type TimelineStep = z.infer<typeof timelineStepSchema>;

export const operatorContactSchema = z.object({ id: z.string(), name: z.string(), phone: z.string().nullable(), email: z.string().nullable() });

/** What the live step asks of whoever acts on it: its labels, rejectability, upload and form. */
export const liveStepSettingsSchema = z.object({
  type: z.enum(nodeTypes),
  form: z.enum(requirementForms).nullable(),
  submitLabel: z.string().nullable(),
  viewLabel: z.string().nullable(),
  confirmLabel: z.string().nullable(),
  rejectable: z.boolean(),
  rejectLabel: z.string().nullable(),
  uploadRequired: z.boolean(),
  uploadKind: z.enum(['any', 'contract']).nullable(),
  uploadLabel: z.string().nullable(),
});
export type LiveStepSettings = z.infer<typeof liveStepSettingsSchema>;

export const liveTaskViewSchema = z.object({
  settings: liveStepSettingsSchema,
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  status: z.enum(taskStatuses),
  side: z.enum(taskSides),
  role: z.string().nullable(),
  assignee: operatorContactSchema.nullable(),
  enteredAt: z.string(),
  dueAt: z.string().nullable(),
  /**
   * Working time left until dueAt by the work calendar (holidays, make-up workdays, the
   * 09:00–17:30 window; a working day is 8.5 h); frozen while the project is paused; 0 once
   * due; null without a timeout.
   */
  remainingWorkingMs: z.number().int().nullable(),
  /** 'calendar' when the step runs until the product's warranty ends: remainingWorkingMs then counts plain time */
  dueClock: z.enum(dueClocks),
  overdue: z.boolean(),
});

export const requirementAnswersSchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  run: z.number().int(),
  submittedAt: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
});

export const flowLogEntrySchema = z.object({
  id: z.string(),
  run: z.number().int(),
  at: z.string(),
  event: z.string(),
  nodeId: z.string().nullable(),
  nodeName: z.string().nullable(),
  actor: party.nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type FlowLogEntry = z.infer<typeof flowLogEntrySchema>;

/** 文件名称, 上传时间, 大小, 操作人, 上传节点 (download through GET /files/:fileId). */
export const deliveryFileSchema = z.object({
  id: z.string(),
  fileId: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
  uploader: party,
  nodeId: z.string(),
  nodeName: z.string(),
  run: z.number().int(),
});
export type DeliveryFile = z.infer<typeof deliveryFileSchema>;

export const projectMessageKinds = ['message', 'note'] as const;
export const projectMessageSchema = z.object({
  id: z.string(),
  kind: z.enum(projectMessageKinds),
  nodeId: z.string().nullable(),
  nodeName: z.string().nullable(),
  author: party,
  /** which side wrote it, so the customer's words stand out */
  authorSide: z.enum(['customer', 'provider']),
  body: z.string(),
  createdAt: z.string(),
});
export type ProjectMessage = z.infer<typeof projectMessageSchema>;

export const postProjectMessageBody = z.object({
  body: z.string().trim().min(1).max(2000),
  nodeId: z.string().trim().min(1).max(40).optional(),
});
export type PostProjectMessageBody = z.infer<typeof postProjectMessageBody>;

export const attachDeliveryFileBody = z.object({ fileId: id });

export const projectDetailSchema = z.object({
  viewer: z.enum(projectViewers),
  project: projectListItemSchema.extend({
    run: z.number().int(),
    templateId: z.string(),
    updatedAt: z.string(),
    completedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    pausedAt: z.string().nullable(),
    pauseReason: z.string().nullable(),
  }),
  timeline: z.array(timelineStepSchema),
  liveTask: liveTaskViewSchema.nullable(),
  instance: z.object({ id: z.string(), status: z.string(), specName: z.string(), expiresAt: z.string().nullable() }).nullable(),
  requirements: z.array(requirementAnswersSchema),
  log: z.array(flowLogEntrySchema),
  files: z.array(deliveryFileSchema),
  messages: z.array(projectMessageSchema),
  /** provider side only: absent for the customer and the operator */
  notes: z.array(projectMessageSchema).optional(),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;
