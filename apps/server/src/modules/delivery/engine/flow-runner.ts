import type { StepNode } from '@cloudmart/contracts';
import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { DomainError } from '../../../platform/errors.js';
import { newId, orderedId } from '../../../platform/ids.js';
import { deliveryAssignments, deliveryLog, deliveryProjects, deliveryTasks, deliveryTemplates } from '../delivery.tables.js';
import { endServiceFlow } from '../../orders/index.js';
import { chooseEmployee } from './employee-assignment.js';
import type { CalendarExceptions } from '../calendar/index.js';
import { dueOf } from './due-clock.js';
import { flowSteps, nextStep, previousStep } from '../templates/index.js';
import { assertProjectMove } from './project-status.js';
import { chooseProvider, type Random } from './provider-assignment.js';
import { fireReminders } from './reminders.js';

export type ProjectRow = typeof deliveryProjects.$inferSelect;
export type TaskRow = typeof deliveryTasks.$inferSelect;

/** One engine step's world: the transaction, the time, the calendar, the dice, who acts. */
export interface FlowCtx {
  tx: Db;
  now: Date;
  cal: CalendarExceptions;
  random: Random;
  actorId: string | null;
}

/** A project with its flow (the template's steps, containers flattened). */
export interface Flow {
  project: ProjectRow;
  steps: StepNode[];
}

/** Load and lock a project row (actions on one project serialise on it) with its steps. */
export async function loadFlow(tx: Db, projectId: string): Promise<Flow> {
  const [project] = await tx.select().from(deliveryProjects).where(eq(deliveryProjects.id, projectId)).for('update');
  if (!project) throw new DomainError('not_found', 'no such project');
  const [tpl] = await tx.select({ nodes: deliveryTemplates.nodes }).from(deliveryTemplates).where(eq(deliveryTemplates.id, project.templateId));
  return { project, steps: flowSteps(tpl?.nodes ?? []) };
}

export async function liveTask(tx: Db, projectId: string): Promise<TaskRow | null> {
  const [task] = await tx
    .select()
    .from(deliveryTasks)
    .where(and(eq(deliveryTasks.projectId, projectId), inArray(deliveryTasks.status, ['waiting', 'open'])));
  return task ?? null;
}

export function stepOf(flow: Flow, nodeId: string): StepNode {
  const step = flow.steps.find((s) => s.id === nodeId);
  if (!step) throw new DomainError('step_not_in_flow', `node ${nodeId} is not in the flow`);
  return step;
}

export async function setProject(ctx: FlowCtx, flow: Flow, patch: Partial<ProjectRow>): Promise<void> {
  const set = { ...patch, updatedAt: ctx.now };
  await ctx.tx.update(deliveryProjects).set(set).where(eq(deliveryProjects.id, flow.project.id));
  Object.assign(flow.project, set);
}

export async function writeLog(ctx: FlowCtx, flow: Flow, event: string, nodeId: string | null, detail: Record<string, unknown> | null = null): Promise<void> {
  await ctx.tx
    .insert(deliveryLog)
    .values({ id: orderedId('dlg', ctx.now), projectId: flow.project.id, run: flow.project.run, at: ctx.now, actorId: ctx.actorId, event, nodeId, detail });
}

/** Close the live task; the conditional update makes one of two racing actions the winner. */
async function closeTask(ctx: FlowCtx, task: TaskRow, status: 'done' | 'rejected' | 'cancelled', data?: Record<string, unknown>): Promise<void> {
  const done = await ctx.tx
    .update(deliveryTasks)
    .set({ status, doneAt: ctx.now, doneBy: ctx.actorId, ...(data ? { data: { ...(task.data ?? {}), ...data } } : {}) })
    .where(and(eq(deliveryTasks.id, task.id), inArray(deliveryTasks.status, ['waiting', 'open'])))
    .returning({ id: deliveryTasks.id });
  if (done.length === 0) throw new DomainError('conflict', 'this step was already handled');
}

/** The active operator of a role on the project (set by an assign or claim node). */
export async function operatorOf(tx: Db, projectId: string, role: string | undefined): Promise<string | null> {
  if (!role) return null;
  const [a] = await tx
    .select({ userId: deliveryAssignments.userId })
    .from(deliveryAssignments)
    .where(and(eq(deliveryAssignments.projectId, projectId), eq(deliveryAssignments.role, role), isNull(deliveryAssignments.releasedAt)));
  return a?.userId ?? null;
}

/** Make `userId` the project's operator for `role`, replacing an earlier one. */
export async function assignOperator(ctx: FlowCtx, flow: Flow, role: string, userId: string, note: string | null = null): Promise<void> {
  await ctx.tx
    .update(deliveryAssignments)
    .set({ releasedAt: ctx.now })
    .where(and(eq(deliveryAssignments.projectId, flow.project.id), eq(deliveryAssignments.role, role), isNull(deliveryAssignments.releasedAt)));
  await ctx.tx
    .insert(deliveryAssignments)
    .values({ id: newId('das', ctx.now), projectId: flow.project.id, run: flow.project.run, role, userId, assignedAt: ctx.now, note });
}

export async function releaseAll(ctx: FlowCtx, flow: Flow): Promise<void> {
  await ctx.tx
    .update(deliveryAssignments)
    .set({ releasedAt: ctx.now })
    .where(and(eq(deliveryAssignments.projectId, flow.project.id), isNull(deliveryAssignments.releasedAt)));
}

async function nextAttempt(tx: Db, flow: Flow, nodeId: string): Promise<number> {
  const [r] = await tx
    .select({ n: max(deliveryTasks.attempt) })
    .from(deliveryTasks)
    .where(and(eq(deliveryTasks.projectId, flow.project.id), eq(deliveryTasks.run, flow.project.run), eq(deliveryTasks.nodeId, nodeId)));
  return (r?.n ?? 0) + 1;
}

/**
 * Enter a step: open its task (one live task per project), log it, send the "enter"
 * reminders. System steps act at once: assign-provider picks a provider, assign-order an
 * employee; when nobody has room their task waits (the queues' sweeps retry).
 */
export async function enterStep(ctx: FlowCtx, flow: Flow, step: StepNode): Promise<void> {
  const p = flow.project;
  const side =
    step.type === 'assign_provider' || step.type === 'assign'
      ? 'system'
      : step.type === 'submit' || step.type === 'complete'
        ? 'customer'
        : step.type === 'claim'
          ? 'provider'
          : (step.side ?? 'provider');
  const role = 'role' in step && step.role && side !== 'customer' ? step.role : null;
  const assigneeId = side === 'customer' ? p.buyerId : side === 'provider' && step.type !== 'claim' ? await operatorOf(ctx.tx, p.id, role ?? undefined) : null;
  const task: TaskRow = {
    id: orderedId('dtk', ctx.now),
    projectId: p.id,
    run: p.run,
    nodeId: step.id,
    attempt: await nextAttempt(ctx.tx, flow, step.id),
    side,
    role,
    assigneeId,
    status: side === 'system' ? 'waiting' : 'open',
    enteredAt: ctx.now,
    dueAt: dueOf(ctx.cal, ctx.now, p.warrantyDays, step),
    overdueAt: null,
    doneAt: null,
    doneBy: null,
    data: null,
  };
  await ctx.tx.insert(deliveryTasks).values(task);
  await setProject(ctx, flow, { currentNodeId: step.id, overdue: false });
  await writeLog(ctx, flow, 'node_entered', step.id, { attempt: task.attempt });
  if (step.type === 'assign_provider') return tryAssignProvider(ctx, flow, task);
  if (step.type === 'assign') {
    await tryAssignEmployee(ctx, flow, task);
    return;
  }
  await fireReminders(ctx.tx, ctx.now, p, step, 'enter', task);
}

/**
 * The assign-provider node: a provider already set (a provider change) is kept; otherwise
 * one is picked by weight among those with room. None → the project stays queued.
 */
export async function tryAssignProvider(ctx: FlowCtx, flow: Flow, task: TaskRow): Promise<void> {
  const p = flow.project;
  const provider = p.providerSellerId ?? (await chooseProvider(ctx.tx, p.productId, p.vendorSellerId, ctx.random));
  if (!provider) {
    if (!p.queuedAt) await setProject(ctx, flow, { queuedAt: ctx.now });
    return;
  }
  if (p.status === 'queued') assertProjectMove('queued', 'running');
  await setProject(ctx, flow, { providerSellerId: provider, status: 'running', queuedAt: null });
  await writeLog(ctx, flow, 'provider_assigned', task.nodeId, { providerSellerId: provider });
  await advance(ctx, flow, task, { providerSellerId: provider });
}

/**
 * The assign-order node: the least-loaded available employee of the role (department first
 * when the rule says so). All full → the task keeps waiting at this node, project running.
 */
export async function tryAssignEmployee(ctx: FlowCtx, flow: Flow, task: TaskRow): Promise<boolean> {
  const step = stepOf(flow, task.nodeId);
  const p = flow.project;
  if (step.type !== 'assign' || !step.role || !p.providerSellerId)
    throw new DomainError('assign_step_incomplete', 'the assign node has no role or the project no provider');
  const departmentId = step.rule === 'department_first' ? p.claimDepartmentId : null;
  const userId = await chooseEmployee(ctx.tx, { providerSellerId: p.providerSellerId, role: step.role, departmentId, now: ctx.now }, ctx.random);
  if (!userId) return false;
  await assignOperator(ctx, flow, step.role, userId);
  await ctx.tx.update(deliveryTasks).set({ assigneeId: userId }).where(eq(deliveryTasks.id, task.id));
  await writeLog(ctx, flow, 'operator_assigned', step.id, { role: step.role, userId });
  await fireReminders(ctx.tx, ctx.now, p, step, 'enter', { side: 'provider', assigneeId: userId });
  await advance(ctx, flow, task, { assigneeId: userId });
  return true;
}

/** Finish the live task and move to the next step; after complete-project the project is done. */
export async function advance(ctx: FlowCtx, flow: Flow, task: TaskRow, data?: Record<string, unknown>): Promise<void> {
  const step = stepOf(flow, task.nodeId);
  await closeTask(ctx, task, 'done', data);
  await writeLog(ctx, flow, 'node_completed', step.id, data && 'auto' in data ? { auto: true } : null);
  await fireReminders(ctx.tx, ctx.now, flow.project, step, 'completed', task);
  const next = step.type === 'complete' ? null : nextStep(flow.steps, step.id);
  if (next) return enterStep(ctx, flow, next);
  assertProjectMove(flow.project.status, 'completed');
  await setProject(ctx, flow, { status: 'completed', completedAt: ctx.now, overdue: false });
  await releaseAll(ctx, flow);
  // guide 2.1 "服务中：服务类商品，服务流程尚未结束": the flow is over, the instance leaves in_service
  await endServiceFlow(ctx.tx, flow.project.instanceId);
  await writeLog(ctx, flow, 'project_completed', step.id);
}

/** Reject the current step: its task closes as rejected and the previous step opens again. */
export async function rejectStep(ctx: FlowCtx, flow: Flow, task: TaskRow, reason: string): Promise<void> {
  const step = stepOf(flow, task.nodeId);
  if (!('rejectable' in step) || !step.rejectable) throw new DomainError('step_not_rejectable', 'this step cannot be rejected');
  const back = previousStep(flow.steps, step.id);
  // publishing forbids a rejectable step right after claim/assign; never re-run a system step
  if (!back || back.type === 'assign_provider' || back.type === 'assign' || back.type === 'claim')
    throw new DomainError('no_previous_step', 'there is no step to return to');
  await closeTask(ctx, task, 'rejected', { reason });
  await writeLog(ctx, flow, 'node_rejected', step.id, { reason, returnedTo: back.id });
  await enterStep(ctx, flow, back);
  const reopened = await liveTask(ctx.tx, flow.project.id);
  await fireReminders(ctx.tx, ctx.now, flow.project, step, 'rejected', reopened);
}

/** Close the live task without completing it (provider change, cancellation). */
export async function cancelLiveTask(ctx: FlowCtx, flow: Flow): Promise<void> {
  const task = await liveTask(ctx.tx, flow.project.id);
  if (task) await closeTask(ctx, task, 'cancelled');
}
