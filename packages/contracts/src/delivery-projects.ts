import { z } from 'zod';
import { deliveryRoles, projectStatuses, taskStatuses } from './delivery.js';

/*
 * Requests and replies of the delivery engine's actions (state changes on a project).
 * Each action on a node names the node the caller saw: acting on a node that has moved on
 * answers 409 instead of doing something else.
 */

const nodeId = z.string().trim().min(1).max(40);
const reason = z.string().trim().min(1).max(500);

export const submitRequirementsBody = z.object({ nodeId, answers: z.record(z.string(), z.unknown()) });
export const confirmNodeBody = z.object({ nodeId, comment: z.string().trim().max(1000).optional() });
export const rejectNodeBody = z.object({ nodeId, reason });
export const completeTaskBody = z.object({ nodeId, comment: z.string().trim().max(1000).optional() });
export const completeProjectBody = z.object({ nodeId });
export const pauseProjectBody = z.object({ reason });
export const changeOperatorBody = z.object({ role: z.enum(deliveryRoles), userId: z.string().min(1).max(64), note: z.string().trim().min(1).max(500) });
export const changeProviderBody = z.object({ providerSellerId: z.string().min(1).max(64) });
export const cancelProjectBody = z.object({ reason });
export const claimOrderBody = z.object({ orderNo: z.string().trim().min(1).max(32) });

/*
 * 订单认领 (guide 5.4.8 / 5.5.4): "在文本框中，输入订单编号，单击查询。订单列表中出现查询到的订单结果。单击操作列的认领。
 * 在您确定认领这笔订单吗？提示框中，单击是。目标订单操作列的认领变为已认领。"
 */
export const claimSearchQuery = z.object({
  orderNo: z
    .string()
    .trim()
    .regex(/^[0-9]{1,32}$/, 'digits only'),
});
/** claimable: at a claim step and the caller has its role; claimed: someone claimed it (mine: the caller); unavailable: neither */
export const claimStates = ['claimable', 'claimed', 'unavailable'] as const;
export const claimRowSchema = z.object({
  projectId: z.string(),
  orderNo: z.string(),
  productName: z.string(),
  customerName: z.string(),
  createdAt: z.string(),
  stage: z.string().nullable(),
  /** the claim step's role, when the project is at one */
  role: z.string().nullable(),
  state: z.enum(claimStates),
  claimedByMe: z.boolean(),
});
export type ClaimRow = z.infer<typeof claimRowSchema>;
export const claimSearchReply = z.object({ items: z.array(claimRowSchema) });

export type SubmitRequirementsBody = z.infer<typeof submitRequirementsBody>;
export type ChangeOperatorBody = z.infer<typeof changeOperatorBody>;

/** Where a project stands after an action: enough for the UI to refresh its buttons. */
export const projectStateSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  status: z.enum(projectStatuses),
  run: z.number().int(),
  providerSellerId: z.string().nullable(),
  currentNodeId: z.string().nullable(),
  overdue: z.boolean(),
  liveTask: z
    .object({
      id: z.string(),
      nodeId: z.string(),
      status: z.enum(taskStatuses),
      side: z.enum(['provider', 'customer', 'system']),
      role: z.string().nullable(),
      assigneeId: z.string().nullable(),
      dueAt: z.string().nullable(),
    })
    .nullable(),
});
export type ProjectState = z.infer<typeof projectStateSchema>;
