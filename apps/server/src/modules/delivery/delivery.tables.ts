import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { FlowNode, ProjectStatus, TaskStatus } from '@cloudmart/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/*
 * Delivery center (DOMAIN 5). Every seller is both vendor (owns products, defines flows,
 * picks providers) and provider (employs the people who deliver). Employees are seller
 * sub-accounts (users.kind = 'seller') with a delivery profile row.
 */

/**
 * Working-day calendar (Beijing dates, 'YYYY-MM-DD'): only exceptions are stored.
 * holiday = a weekday off; workday = a make-up working weekend day (调休上班).
 * Seeded from the chinese-days package (source 'preset'); operators may edit.
 */
export const workCalendarDays = pgTable('work_calendar_days', {
  day: text('day').primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name').notNull(),
  source: text('source', { enum: ['preset', 'operator'] }).notNull(),
  updatedAt: ts('updated_at').notNull(),
  /** the operator who last set the day (null for preset days) */
  updatedBy: text('updated_by'),
});

/**
 * Service-flow templates. The node list is one JSON document (a template is edited and
 * published as a whole). Public templates have no seller. Once published, a row cannot be
 * changed or deleted — a trigger refuses it (migration 0003), not only the service.
 */
export const deliveryTemplates = pgTable(
  'delivery_templates',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id'),
    kind: text('kind', { enum: ['public', 'private'] }).notNull(),
    presetKey: text('preset_key'),
    name: text('name').notNull(),
    description: text('description'),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    nodes: jsonb('nodes').$type<FlowNode[]>().notNull(),
    copiedFrom: text('copied_from'),
    createdBy: text('created_by'),
    publishedAt: ts('published_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('delivery_templates_seller_idx').on(t.sellerId, t.status), uniqueIndex('delivery_templates_preset_uq').on(t.presetKey)],
);

/** A service product's flow: one published template (DOMAIN 5, "linked at listing time"). */
export const deliveryProductTemplates = pgTable('delivery_product_templates', {
  productId: text('product_id').primaryKey(),
  vendorSellerId: text('vendor_seller_id').notNull(),
  templateId: text('template_id')
    .notNull()
    .references(() => deliveryTemplates.id),
  linkedAt: ts('linked_at').notNull(),
  /** calendar days of warranty, for a warranty template (its complete node runs until they end) */
  warrantyDays: integer('warranty_days'),
});

/** Vendor ↔ provider relations, created by operators. A seller always serves itself (implicit). */
export const deliveryProviderLinks = pgTable(
  'delivery_provider_links',
  {
    id: text('id').primaryKey(),
    vendorSellerId: text('vendor_seller_id').notNull(),
    providerSellerId: text('provider_seller_id').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('delivery_provider_links_uq').on(t.vendorSellerId, t.providerSellerId),
    index('delivery_provider_links_provider_idx').on(t.providerSellerId),
  ],
);

/** Per product: which providers deliver it, by weight, up to max open projects each. */
export const deliveryProductProviders = pgTable(
  'delivery_product_providers',
  {
    productId: text('product_id').notNull(),
    providerSellerId: text('provider_seller_id').notNull(),
    weight: integer('weight').notNull(),
    maxOpen: integer('max_open').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.providerSellerId] })],
);

/** A provider's department tree. */
export const deliveryDepartments = pgTable(
  'delivery_departments',
  {
    id: text('id').primaryKey(),
    providerSellerId: text('provider_seller_id').notNull(),
    parentId: text('parent_id'),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('delivery_departments_provider_idx').on(t.providerSellerId),
    // sibling names are unique (a root's parent is '' here), also under concurrent creates
    uniqueIndex('delivery_departments_name_uq').on(t.providerSellerId, sql`coalesce(${t.parentId}, '')`, t.name),
  ],
);

/** The delivery profile of an employee (a sub-account of the provider) or vendor project manager. */
export const deliveryEmployees = pgTable(
  'delivery_employees',
  {
    userId: text('user_id').primaryKey(),
    providerSellerId: text('provider_seller_id').notNull(),
    departmentId: text('department_id'),
    /** preset role keys (contracts deliveryRoles) */
    roles: jsonb('roles').$type<string[]>().notNull(),
    /** 0–50 open projects */
    maxOpen: integer('max_open').notNull(),
    /** up to 5 (standard / advanced / premium / flagship …) */
    tags: jsonb('tags').$type<string[]>().notNull(),
    accepting: boolean('accepting').notNull().default(true),
    /** the employee's photo (files, purpose avatar) for the workbench */
    avatarFileId: text('avatar_file_id'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('delivery_employees_provider_idx').on(t.providerSellerId), index('delivery_employees_department_idx').on(t.departmentId)],
);

/**
 * 配置产品在工作台展示 (guide 5.4.10; 5.5.5 "服务商已将目标产品配置到员工个人工作台"): the products a provider
 * shows as tabs on its employees' workbenches. None configured: every product they work on.
 */
export const deliveryWorkbenchProducts = pgTable(
  'delivery_workbench_products',
  {
    providerSellerId: text('provider_seller_id').notNull(),
    productId: text('product_id').notNull(),
    position: integer('position').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.providerSellerId, t.productId] })],
);

/** Leave periods: no auto-assignment while now ∈ [startsAt, endsAt). */
export const deliveryLeaves = pgTable(
  'delivery_leaves',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    reason: text('reason'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('delivery_leaves_user_idx').on(t.userId, t.endsAt)],
);

/**
 * One project per paid service order. `run` counts flow restarts (a provider change starts
 * run n+1; the old run's tasks and log stay). Queued = waiting at the assign-provider node.
 */
export const deliveryProjects = pgTable(
  'delivery_projects',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull(),
    orderNo: text('order_no').notNull(),
    instanceId: text('instance_id'),
    productId: text('product_id').notNull(),
    productName: text('product_name').notNull(),
    vendorSellerId: text('vendor_seller_id').notNull(),
    providerSellerId: text('provider_seller_id'),
    buyerId: text('buyer_id').notNull(),
    templateId: text('template_id').notNull(),
    /** the product's warranty period when the project started (the warranty flow's last step) */
    warrantyDays: integer('warranty_days'),
    run: integer('run').notNull().default(1),
    status: text('status').$type<ProjectStatus>().notNull(),
    currentNodeId: text('current_node_id'),
    /** the current task is past its due time */
    overdue: boolean('overdue').notNull().default(false),
    /** the account manager who claimed the order (claim-order node), for department-first */
    claimedBy: text('claimed_by'),
    claimDepartmentId: text('claim_department_id'),
    pausedAt: ts('paused_at'),
    pauseReason: text('pause_reason'),
    /** milliseconds left on the current task when paused (working time, or plain time for a warranty step) */
    pausedRemainingMs: bigint('paused_remaining_ms', { mode: 'number' }),
    queuedAt: ts('queued_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    completedAt: ts('completed_at'),
    cancelledAt: ts('cancelled_at'),
  },
  (t) => [
    uniqueIndex('delivery_projects_order_uq').on(t.orderId),
    index('delivery_projects_vendor_idx').on(t.vendorSellerId, t.status, t.createdAt),
    index('delivery_projects_provider_idx').on(t.providerSellerId, t.status, t.createdAt),
    index('delivery_projects_queue_idx')
      .on(t.queuedAt)
      .where(sql`status = 'queued'`),
  ],
);

/**
 * A task is one attempt at one node of one run. At most one task per project is live
 * (waiting or open). A rejection closes the task as `rejected` and opens a new attempt of
 * the previous node.
 */
export const deliveryTasks = pgTable(
  'delivery_tasks',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => deliveryProjects.id),
    run: integer('run').notNull(),
    nodeId: text('node_id').notNull(),
    attempt: integer('attempt').notNull(),
    side: text('side', { enum: ['provider', 'customer', 'system'] }).notNull(),
    role: text('role'),
    assigneeId: text('assignee_id'),
    status: text('status').$type<TaskStatus>().notNull(),
    enteredAt: ts('entered_at').notNull(),
    dueAt: ts('due_at'),
    overdueAt: ts('overdue_at'),
    doneAt: ts('done_at'),
    doneBy: text('done_by'),
    /** requirement form answers, reject reason, confirmation comment … */
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [
    uniqueIndex('delivery_tasks_live_uq')
      .on(t.projectId)
      .where(sql`status in ('waiting', 'open')`),
    index('delivery_tasks_project_idx').on(t.projectId, t.run, t.enteredAt),
    index('delivery_tasks_assignee_idx')
      .on(t.assigneeId)
      .where(sql`status = 'open'`),
    index('delivery_tasks_due_idx')
      .on(t.dueAt)
      .where(sql`status = 'open' and overdue_at is null`),
    index('delivery_tasks_waiting_idx')
      .on(t.enteredAt)
      .where(sql`status = 'waiting'`),
  ],
);

/**
 * Who operates a project for a role (set by assign-order / claim-order). An employee's
 * open load = their active assignments on projects not finished — counted live.
 */
export const deliveryAssignments = pgTable(
  'delivery_assignments',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => deliveryProjects.id),
    run: integer('run').notNull(),
    role: text('role').notNull(),
    userId: text('user_id').notNull(),
    assignedAt: ts('assigned_at').notNull(),
    releasedAt: ts('released_at'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('delivery_assignments_active_uq')
      .on(t.projectId, t.role)
      .where(sql`released_at is null`),
    index('delivery_assignments_user_idx')
      .on(t.userId)
      .where(sql`released_at is null`),
  ],
);

/** The flow log: node entered/completed/rejected, operator or provider changed, paused … */
export const deliveryLog = pgTable(
  'delivery_log',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    run: integer('run').notNull(),
    at: ts('at').notNull(),
    actorId: text('actor_id'),
    event: text('event').notNull(),
    nodeId: text('node_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [index('delivery_log_project_idx').on(t.projectId, t.at)],
);

/** Messages (everyone on the project) and notes (provider side only, never shown to customers). */
export const deliveryMessages = pgTable(
  'delivery_messages',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    nodeId: text('node_id'),
    authorId: text('author_id').notNull(),
    kind: text('kind', { enum: ['message', 'note'] }).notNull(),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('delivery_messages_project_idx').on(t.projectId, t.kind, t.createdAt)],
);

/** Files uploaded on a node (stored by platform/files). */
export const deliveryFiles = pgTable(
  'delivery_files',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    run: integer('run').notNull(),
    nodeId: text('node_id').notNull(),
    taskId: text('task_id').notNull(),
    fileId: text('file_id').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('delivery_files_project_idx').on(t.projectId, t.createdAt), uniqueIndex('delivery_files_file_uq').on(t.fileId)],
);
