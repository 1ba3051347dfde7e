import { z } from 'zod';

/*
 * The delivery center's queue (排队情况, guide 5.2.5 / 5.3.3 / 5.4.5): projects of my
 * products waiting at the assign-provider node because no provider has room, and tasks of
 * projects I deliver waiting at an assign-order node because no employee of the role has
 * room. Each list pages on its own; each carries what explains the wait (provider capacity
 * per product, available employees per role).
 */

const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

/** GET /delivery/queue: one page of each list. */
export const queueQuery = z.object({
  projectsPage: page,
  projectsPageSize: pageSize,
  tasksPage: page,
  tasksPageSize: pageSize,
});
export type QueueQuery = z.infer<typeof queueQuery>;

/** A project of my product queued for a provider (oldest first). */
export const queuedProjectSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  productId: z.string(),
  productName: z.string(),
  /** as the project list shows the customer */
  customer: z.object({ id: z.string(), uid: z.number().int().nullable(), name: z.string() }),
  queuedAt: z.string(),
  /** milliseconds since it queued */
  waitedMs: z.number().int(),
  /** 1-based place in the queue of its product, oldest first */
  place: z.number().int(),
});
export type QueuedProject = z.infer<typeof queuedProjectSchema>;

/**
 * Why a product's projects queue: every provider with a weight is full (`full`), nobody
 * has a weight above 0 (`no_provider`), or someone has room again (`room`: the next sweep or
 * "立即分配" places the project).
 */
export const productQueueStates = ['full', 'no_provider', 'room'] as const;
export type ProductQueueState = (typeof productQueueStates)[number];

/** One provider of a product as the vendor set it, with its open projects now. */
export const providerCapacitySchema = z.object({
  providerSellerId: z.string(),
  providerName: z.string(),
  weight: z.number().int(),
  maxOpen: z.number().int(),
  open: z.number().int(),
});
export type ProviderCapacity = z.infer<typeof providerCapacitySchema>;

export const productCapacitySchema = z.object({
  productId: z.string(),
  productName: z.string(),
  /** projects of this product in the queue (all pages) */
  queued: z.number().int(),
  state: z.enum(productQueueStates),
  providers: z.array(providerCapacitySchema),
});
export type ProductCapacity = z.infer<typeof productCapacitySchema>;

/** A task of a project I deliver, waiting at an assign-order node for an employee (oldest first). */
export const waitingTaskSchema = z.object({
  taskId: z.string(),
  projectId: z.string(),
  orderNo: z.string(),
  productName: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  role: z.string(),
  /** waiting since */
  enteredAt: z.string(),
  waitedMs: z.number().int(),
});
export type WaitingTask = z.infer<typeof waitingTaskSchema>;

/** My employees of a role: all who hold it, and those who may take a project right now. */
export const roleAvailabilitySchema = z.object({
  role: z.string(),
  /** tasks waiting for this role (all pages) */
  waiting: z.number().int(),
  employees: z.number().int(),
  available: z.number().int(),
});
export type RoleAvailability = z.infer<typeof roleAvailabilitySchema>;

const pageFields = { total: z.number().int(), page: z.number().int(), pageSize: z.number().int() };

export const queueReplySchema = z.object({
  projects: z.object({
    items: z.array(queuedProjectSchema),
    ...pageFields,
    /** the products with queued projects, most queued first (up to 50) */
    capacity: z.array(productCapacitySchema),
  }),
  tasks: z.object({
    items: z.array(waitingTaskSchema),
    ...pageFields,
    /** every role with waiting tasks */
    roles: z.array(roleAvailabilitySchema),
  }),
});
export type QueueReply = z.infer<typeof queueReplySchema>;

/** POST /delivery/queue/retry (立即重试): how many were placed. */
export const queueRetryReplySchema = z.object({
  /** queued projects of my products given a provider */
  providersAssigned: z.number().int(),
  /** waiting tasks of my deliveries given an employee */
  employeesAssigned: z.number().int(),
});
export type QueueRetryReply = z.infer<typeof queueRetryReplySchema>;
