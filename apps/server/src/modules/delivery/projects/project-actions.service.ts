import type { ProjectState } from '@cloudmart/contracts';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { deliveryEmployees, deliveryFiles, deliveryTasks } from '../delivery.tables.js';
import {
  advance,
  assertOperator,
  assignOperator,
  type Caller,
  currentTask,
  projectIdByOrderNo,
  type Random,
  rejectStep,
  setProject,
  stepOf,
  withFlow,
  writeLog,
} from '../engine/index.js';
import { validateRequirementAnswers } from '../templates/index.js';
import { seeksClaims } from './claim-search.queries.js';
import { assertSeesProject } from './project-access.js';

/*
 * Acting on the current node (DOMAIN 5 "Actions"): the customer submits, confirms, rejects
 * and completes; the assigned employee confirms, rejects and completes provider steps; an
 * employee of the claim node's role claims an order by its number.
 */

const userOf = (c: Caller) => (c.kind === 'buyer' ? c.userId : c.actor.userId);

/** Customer: answer the requirement form of a submit step. */
export function submitRequirements(deps: Deps, caller: Caller, projectId: string, nodeId: string, answers: Record<string, unknown>): Promise<ProjectState> {
  return withFlow(deps, projectId, userOf(caller), async (ctx, flow) => {
    await assertSeesProject(ctx.tx, caller, flow.project);
    const task = await currentTask(ctx.tx, flow, nodeId);
    const step = stepOf(flow, nodeId);
    if (step.type !== 'submit') throw new DomainError('step_action_mismatch', 'this step takes no requirements');
    assertOperator(task, caller);
    const errors = step.form ? validateRequirementAnswers(step.form, answers) : [];
    if (errors.length) throw new DomainError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
    await advance(ctx, flow, task, { answers });
  });
}

/** Confirm a confirm step (provider or customer side, by its operator). */
export function confirmNode(deps: Deps, caller: Caller, projectId: string, nodeId: string, comment?: string): Promise<ProjectState> {
  return withFlow(deps, projectId, userOf(caller), async (ctx, flow) => {
    await assertSeesProject(ctx.tx, caller, flow.project);
    const task = await currentTask(ctx.tx, flow, nodeId);
    if (stepOf(flow, nodeId).type !== 'confirm') throw new DomainError('step_action_mismatch', 'this is not a confirm step');
    assertOperator(task, caller);
    await advance(ctx, flow, task, comment ? { comment } : undefined);
  });
}

/** Reject a rejectable confirm/complete step: the flow goes back exactly one step. */
export function rejectNode(deps: Deps, caller: Caller, projectId: string, nodeId: string, reason: string): Promise<ProjectState> {
  return withFlow(deps, projectId, userOf(caller), async (ctx, flow) => {
    await assertSeesProject(ctx.tx, caller, flow.project);
    const task = await currentTask(ctx.tx, flow, nodeId);
    assertOperator(task, caller);
    await rejectStep(ctx, flow, task, reason);
  });
}

/** Finish a general step; with "upload required" a file must be attached to this task first. */
export function completeTask(deps: Deps, caller: Caller, projectId: string, nodeId: string, comment?: string): Promise<ProjectState> {
  return withFlow(deps, projectId, userOf(caller), async (ctx, flow) => {
    await assertSeesProject(ctx.tx, caller, flow.project);
    const task = await currentTask(ctx.tx, flow, nodeId);
    const step = stepOf(flow, nodeId);
    if (step.type !== 'general') throw new DomainError('step_action_mismatch', 'this is not a general step');
    assertOperator(task, caller);
    if (step.uploadRequired) {
      const [files] = await ctx.tx.select({ n: count() }).from(deliveryFiles).where(eq(deliveryFiles.taskId, task.id));
      if (!files?.n) throw new DomainError('upload_required', 'upload a file on this step first');
    }
    await advance(ctx, flow, task, comment ? { comment } : undefined);
  });
}

/** Customer: confirm the complete-project step; the project is done. */
export function completeProject(deps: Deps, buyerId: string, projectId: string, nodeId: string): Promise<ProjectState> {
  const caller: Caller = { kind: 'buyer', userId: buyerId };
  return withFlow(deps, projectId, buyerId, async (ctx, flow) => {
    await assertSeesProject(ctx.tx, caller, flow.project);
    const task = await currentTask(ctx.tx, flow, nodeId);
    if (stepOf(flow, nodeId).type !== 'complete') throw new DomainError('step_action_mismatch', 'this is not the complete-project step');
    assertOperator(task, caller);
    await advance(ctx, flow, task);
  });
}

/**
 * An employee claims an order by its number at a claim step (认领订单): they become the
 * operator of the node's role, and their department the one department-first assigns in.
 */
export async function claimOrder(deps: Deps, actor: Actor, sellerId: string, orderNo: string, random?: Random): Promise<ProjectState> {
  // as the search: anyone else of the company learns nothing about the order (404, issue 17)
  if (!(await seeksClaims(deps.db, actor, sellerId))) throw notFound('project');
  const projectId = await projectIdByOrderNo(deps.db, orderNo, sellerId);
  return withFlow(
    deps,
    projectId,
    actor.userId,
    async (ctx, flow) => {
      if (flow.project.status === 'paused') throw new DomainError('project_paused', 'the project is paused');
      const nodeId = flow.project.currentNodeId ?? '';
      const step = flow.steps.find((s) => s.id === nodeId);
      const task = step?.type === 'claim' && flow.project.status === 'running' ? await currentTask(ctx.tx, flow, nodeId).catch(() => null) : null;
      if (!task || step?.type !== 'claim' || !step.role) throw new DomainError('claim_not_allowed', 'this order is not waiting to be claimed');
      const [me] = await ctx.tx
        .select({ departmentId: deliveryEmployees.departmentId })
        .from(deliveryEmployees)
        .where(
          and(
            eq(deliveryEmployees.userId, actor.userId),
            eq(deliveryEmployees.providerSellerId, sellerId),
            sql`${deliveryEmployees.roles} @> ${JSON.stringify([step.role])}::jsonb`,
          ),
        );
      if (!me) throw new DomainError('role_mismatch', `only a ${step.role} of this provider can claim this order`, { role: step.role });
      await assignOperator(ctx, flow, step.role, actor.userId);
      await setProject(ctx, flow, { claimedBy: actor.userId, claimDepartmentId: me.departmentId });
      await ctx.tx.update(deliveryTasks).set({ assigneeId: actor.userId }).where(eq(deliveryTasks.id, task.id));
      await writeLog(ctx, flow, 'order_claimed', step.id, { role: step.role, userId: actor.userId });
      await advance(ctx, flow, task);
    },
    random,
  );
}
