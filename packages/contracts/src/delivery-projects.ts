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
