import { z } from 'zod';

/**
 * 操作日志: sensitive actions (price changes, refunds, permission grants, sub-account changes, and
 * operators' hosting and live decisions),
 * recorded when they succeed, read by the seller's main account (its own organisation's) and by
 * operators (all). Issue 17 item 5.
 */
export const auditActions = [
  'order.price_change',
  'spec.create',
  'spec.update',
  'spec.delete',
  'spec.visibility',
  'refund.seller_initiate',
  'refund.seller_approve',
  'refund.seller_reject',
  'refund.operator_approve',
  'refund.operator_reject',
  'price_flag.confirm',
  'price_flag.clear',
  'group.create',
  'group.update',
  'group.delete',
  'group.members',
  'subaccount.create',
  'subaccount.update',
  'subaccount.disable',
  'subaccount.enable',
  'subaccount.reset_password',
  'subaccount.delete',
  // operators' decisions on what a seller may publish (托管 and 直播)
  'hosting.review_decision',
  'live_permission.approve',
  'live_permission.reject',
  'live.approve',
  'live.reject',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  action: z.enum(auditActions),
  actorKind: z.enum(['seller', 'buyer', 'operator']),
  actorLogin: z.string(),
  actorName: z.string(),
  /** the seller organisation acted for (null for operators' actions) */
  sellerId: z.string().nullable(),
  /** the route's id parameter: the order, refund, group, sub-account… acted on */
  subjectId: z.string().nullable(),
  method: z.string(),
  route: z.string(),
  /** what the request asked, secrets removed */
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  requestId: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  action: z.enum(auditActions).optional(),
  /** the actor's login name, a part of it */
  actor: z.string().trim().max(140).optional(),
  /** the acted-on id, exactly */
  subjectId: z.string().trim().max(64).optional(),
  /** operators only: one seller organisation */
  sellerId: z.string().trim().max(64).optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;
