import type { ChangeOperatorBody, ProjectState } from '@cloudmart/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { DomainError } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { endServiceFlow } from '../../orders/index.js';
import { deliveryProjects, deliveryProviderLinks, deliveryTasks } from '../delivery.tables.js';
import {
  assertProjectMove,
  assignOperator,
  type Caller,
  cancelLiveTask,
  canMoveProject,
  canTakeMore,
  type ClosedNotice,
  dueAfter,
  dueClockOf,
  enterStep,
  type Flow,
  type FlowCtx,
  liveTask,
  notifyClosed,
  OPEN_PROJECT_STATUSES,
  operatorOf,
  type Random,
  releaseAll,
  setProject,
  stepOf,
  timeLeft,
  tryAssignProvider,
  withFlow,
  writeLog,
} from '../engine/index.js';
import { assertSeesProject } from './project-access.js';

/*
 * Steering a project (DOMAIN 5 "Actions"): pause/resume (provider admin or vendor),
 * change operator (provider admin), change provider and "assign now" (vendor), cancel
 * (operator, closing a disputed flow). Routes check the 'delivery.projects.manage' permission;
 * the project must also be one the caller sees (404 otherwise, before any state check).
 */

type SellerCaller = Extract<Caller, { kind: 'seller' }>;

async function assertSide(tx: Db, flow: Flow, caller: SellerCaller, side: 'vendor' | 'provider' | 'either'): Promise<void> {
  await assertSeesProject(tx, caller, flow.project);
  const p = flow.project;
  const ok = (side !== 'provider' && p.vendorSellerId === caller.sellerId) || (side !== 'vendor' && p.providerSellerId === caller.sellerId);
  if (!ok)
    throw new DomainError('forbidden', side === 'vendor' ? 'only the vendor of the product can do this' : 'only the provider of the project can do this');
}

export function pauseProject(deps: Deps, caller: SellerCaller, projectId: string, reason: string): Promise<ProjectState> {
  return withFlow(deps, projectId, caller.actor.userId, async (ctx, flow) => {
    await assertSide(ctx.tx, flow, caller, 'either');
    assertProjectMove(flow.project.status, 'paused');
    const task = await liveTask(ctx.tx, flow.project.id);
    // the time left stops running while paused; resume gives exactly that back
    const clock = task ? dueClockOf(stepOf(flow, task.nodeId), flow.project.warrantyDays) : 'working';
    const remaining = task?.dueAt ? timeLeft(clock, ctx.cal, ctx.now, task.dueAt) : null;
    await setProject(ctx, flow, { status: 'paused', pausedAt: ctx.now, pauseReason: reason, pausedRemainingMs: remaining });
    await writeLog(ctx, flow, 'project_paused', flow.project.currentNodeId, { reason });
  });
}

export function resumeProject(deps: Deps, caller: SellerCaller, projectId: string): Promise<ProjectState> {
  return withFlow(deps, projectId, caller.actor.userId, async (ctx, flow) => {
    await assertSide(ctx.tx, flow, caller, 'either');
    if (flow.project.status !== 'paused') throw new DomainError('project_not_paused', 'the project is not paused');
    assertProjectMove('paused', 'running');
    const task = await liveTask(ctx.tx, flow.project.id);
    const remaining = flow.project.pausedRemainingMs;
    if (task?.dueAt && remaining !== null) {
      const clock = dueClockOf(stepOf(flow, task.nodeId), flow.project.warrantyDays);
      await ctx.tx
        .update(deliveryTasks)
        .set({ dueAt: dueAfter(clock, ctx.cal, ctx.now, remaining) })
        .where(eq(deliveryTasks.id, task.id));
    }
    await setProject(ctx, flow, { status: 'running', pausedAt: null, pauseReason: null, pausedRemainingMs: null });
    await writeLog(ctx, flow, 'project_resumed', flow.project.currentNodeId);
  });
}

/** Hand a role over to another employee of the provider who has room (reason noted). */
export function changeOperator(deps: Deps, caller: SellerCaller, projectId: string, body: ChangeOperatorBody): Promise<ProjectState> {
  return withFlow(deps, projectId, caller.actor.userId, async (ctx, flow) => {
    await assertSide(ctx.tx, flow, caller, 'provider');
    const p = flow.project;
    if (p.status !== 'running' && p.status !== 'paused') throw new DomainError('project_not_active', `the project is ${p.status}`);
    const current = await operatorOf(ctx.tx, p.id, body.role);
    if (!current) throw new DomainError('role_not_operated', `nobody operates this project as ${body.role}`);
    if (current === body.userId) throw new DomainError('already_operator', 'this employee already operates the role');
    if (!(await canTakeMore(ctx.tx, { providerSellerId: caller.sellerId, role: body.role, userId: body.userId, now: ctx.now })))
      throw new DomainError('employee_unavailable', 'the employee lacks the role, is not accepting, is on leave or has no spare capacity');
    await assignOperator(ctx, flow, body.role, body.userId, body.note);
    const task = await liveTask(ctx.tx, p.id);
    if (task?.side === 'provider' && task.role === body.role)
      await ctx.tx.update(deliveryTasks).set({ assigneeId: body.userId }).where(eq(deliveryTasks.id, task.id));
    await writeLog(ctx, flow, 'operator_changed', p.currentNodeId, { role: body.role, from: current, to: body.userId, note: body.note });
  });
}

/**
 * The vendor moves the project to another provider (linked, or itself): the live task is
 * cancelled, operators released, and run n+1 starts at assign-provider with that provider.
 * The old run's tasks and log stay.
 */
export function changeProvider(deps: Deps, caller: SellerCaller, projectId: string, providerSellerId: string, random?: Random): Promise<ProjectState> {
  return withFlow(
    deps,
    projectId,
    caller.actor.userId,
    async (ctx, flow) => {
      await assertSide(ctx.tx, flow, caller, 'vendor');
      const p = flow.project;
      if (p.status === 'paused') throw new DomainError('project_paused', 'resume the project before changing its provider');
      if (p.status !== 'running' && p.status !== 'queued') throw new DomainError('project_not_active', `the project is ${p.status}`);
      if (providerSellerId === p.providerSellerId) throw new DomainError('already_provider', 'this is already the provider');
      if (providerSellerId !== p.vendorSellerId) {
        const [link] = await ctx.tx
          .select({ id: deliveryProviderLinks.id })
          .from(deliveryProviderLinks)
          .where(and(eq(deliveryProviderLinks.vendorSellerId, p.vendorSellerId), eq(deliveryProviderLinks.providerSellerId, providerSellerId)));
        if (!link) throw new DomainError('provider_not_linked', 'this provider is not linked to you');
      }
      await cancelLiveTask(ctx, flow);
      await releaseAll(ctx, flow);
      await writeLog(ctx, flow, 'provider_changed', p.currentNodeId, { from: p.providerSellerId, to: providerSellerId });
      if (p.status === 'queued') assertProjectMove('queued', 'running');
      await setProject(ctx, flow, { run: p.run + 1, providerSellerId, status: 'running', queuedAt: null, claimedBy: null, claimDepartmentId: null });
      const first = flow.steps[0];
      if (first?.type !== 'assign_provider') throw new DomainError('template_invalid', 'the flow does not start with assign-provider');
      await enterStep(ctx, flow, first);
    },
    random,
  );
}

/** "Assign now": retry a queued project's provider choice at once (e.g. after raising capacity). */
export function assignProviderNow(deps: Deps, caller: SellerCaller, projectId: string, random?: Random): Promise<ProjectState> {
  return withFlow(
    deps,
    projectId,
    caller.actor.userId,
    async (ctx, flow) => {
      await assertSide(ctx.tx, flow, caller, 'vendor');
      const task = await liveTask(ctx.tx, flow.project.id);
      if (flow.project.status !== 'queued' || task?.status !== 'waiting')
        throw new DomainError('project_not_queued', 'the project is not waiting for a provider');
      await tryAssignProvider(ctx, flow, task);
    },
    random,
  );
}

/** Operator: close a disputed flow. */
/**
 * The instance of a project was closed (an approved refund released it): the service has
 * ended, so an unfinished project is cancelled as an operator cancel would, logged as
 * `instance_closed`. Finished projects stay as they are; a replayed event finds nothing open.
 */
export async function closeProjectsOfInstance(deps: Deps, instanceId: string): Promise<number> {
  const open = await deps.db
    .select({ id: deliveryProjects.id })
    .from(deliveryProjects)
    .where(and(eq(deliveryProjects.instanceId, instanceId), inArray(deliveryProjects.status, [...OPEN_PROJECT_STATUSES])));
  let closed = 0;
  for (const { id } of open) {
    await withFlow(deps, id, null, async (ctx, flow) => {
      if (!canMoveProject(flow.project.status, 'cancelled')) return;
      await endProject(ctx, flow, { by: 'refund' });
      await writeLog(ctx, flow, 'instance_closed', flow.project.currentNodeId);
      closed++;
    });
  }
  return closed;
}

/** Cancelled: the people it leaves are told, the live task closes, every operator is released (their load drops at once). */
async function endProject(ctx: FlowCtx, flow: Flow, notice: ClosedNotice): Promise<void> {
  await notifyClosed(ctx.tx, ctx.now, flow.project, await liveTask(ctx.tx, flow.project.id), notice);
  await cancelLiveTask(ctx, flow);
  await releaseAll(ctx, flow);
  await setProject(ctx, flow, { status: 'cancelled', cancelledAt: ctx.now, overdue: false });
  // the service flow ended without delivery: the instance is no longer 服务中 (a released one stays closed)
  await endServiceFlow(ctx.tx, flow.project.instanceId);
}

export function cancelProject(deps: Deps, operatorId: string, projectId: string, reason: string): Promise<ProjectState> {
  return withFlow(deps, projectId, operatorId, async (ctx, flow) => {
    assertProjectMove(flow.project.status, 'cancelled');
    await endProject(ctx, flow, { by: 'operator', reason });
    await writeLog(ctx, flow, 'project_cancelled', flow.project.currentNodeId, { reason });
  });
}
