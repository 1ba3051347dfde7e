import type { ProjectState } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { DomainError } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { deliveryProjects } from '../delivery.tables.js';
import { loadCalendar } from '../calendar/index.js';
import { liveTask, loadFlow, type Flow, type FlowCtx, type TaskRow } from './flow-runner.js';
import { assertProjectRunning } from './project-status.js';
import type { Random } from './provider-assignment.js';

/**
 * Run one action on one project: a transaction with the project row locked, then the
 * project's state as the reply. Every state-changing route goes through here.
 */
export async function withFlow(
  deps: Deps,
  projectId: string,
  actorId: string | null,
  act: (ctx: FlowCtx, flow: Flow) => Promise<void>,
  random: Random = Math.random,
): Promise<ProjectState> {
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.db);
  return deps.db.transaction(async (tx) => {
    const flow = await loadFlow(tx, projectId);
    await act({ tx, now, cal, random, actorId }, flow);
    return projectState(tx, flow);
  });
}

export async function projectState(tx: Db, flow: Flow): Promise<ProjectState> {
  const p = flow.project;
  const task = await liveTask(tx, p.id);
  return {
    id: p.id,
    orderNo: p.orderNo,
    status: p.status,
    run: p.run,
    providerSellerId: p.providerSellerId,
    currentNodeId: p.currentNodeId,
    overdue: p.overdue,
    liveTask: task
      ? {
          id: task.id,
          nodeId: task.nodeId,
          status: task.status,
          side: task.side,
          role: task.role,
          assigneeId: task.assigneeId,
          dueAt: task.dueAt?.toISOString() ?? null,
        }
      : null,
  };
}

/** The caller of an action: a buyer (customer side), a seller account, or an operator. */
export type Caller = { kind: 'buyer'; userId: string } | { kind: 'seller'; actor: Actor; sellerId: string };

/**
 * The open task of the node the caller saw. The project must be running (paused → 409
 * project_paused) and the node still current, else 409 conflict (the flow moved on).
 */
export async function currentTask(tx: Db, flow: Flow, nodeId: string): Promise<TaskRow> {
  assertProjectRunning(flow.project.status);
  const task = await liveTask(tx, flow.project.id);
  if (!task || task.nodeId !== nodeId || task.status !== 'open')
    throw new DomainError('conflict', 'the flow is no longer at this node', { currentNodeId: flow.project.currentNodeId });
  return task;
}

/** Only the operator of a task acts on it: the buyer on customer steps, the assignee on provider steps. */
export function assertOperator(task: TaskRow, caller: Caller): void {
  const userId = caller.kind === 'buyer' ? caller.userId : caller.actor.userId;
  const sideOk = task.side === (caller.kind === 'buyer' ? 'customer' : 'provider');
  if (!sideOk || task.assigneeId !== userId) throw new DomainError('not_your_task', 'this step is not yours to act on');
}

/** Find a project id by its order number, for claims (the provider's projects only). */
export async function projectIdByOrderNo(tx: Db, orderNo: string, providerSellerId: string): Promise<string> {
  const [row] = await tx
    .select({ id: deliveryProjects.id })
    .from(deliveryProjects)
    .where(and(eq(deliveryProjects.orderNo, orderNo), eq(deliveryProjects.providerSellerId, providerSellerId)));
  if (!row) throw new DomainError('not_found', 'no project of yours has this order number');
  return row.id;
}
