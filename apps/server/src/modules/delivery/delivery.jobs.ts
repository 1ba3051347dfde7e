import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { Deps } from '../../platform/module.js';
import type { Sweep, SweepContext } from '../../platform/scheduler.js';
import { eachItem } from '../../platform/sweep-items.js';
import { deliveryProjects, deliveryTasks } from './delivery.tables.js';
import { sweepOrphanAvatars } from './staff/index.js';
import { loadCalendar } from './calendar/index.js';
import { advancesOnTimeout } from './templates/index.js';
import {
  advance,
  fireReminders,
  type FlowCtx,
  liveTask,
  loadFlow,
  type Random,
  retryQueuedProject,
  retryWaitingTask,
  setProject,
  stepOf,
  writeLog,
} from './engine/index.js';

const BATCH = 500;

async function flowCtx(ctx: SweepContext, random: Random): Promise<FlowCtx> {
  return { tx: ctx.tx, now: ctx.now, cal: await loadCalendar(ctx.tx), random, actorId: null };
}

/** Retry queued projects, oldest first: a provider may have room again. */
export async function drainProviderQueue(ctx: SweepContext, random: Random = Math.random): Promise<number> {
  const queued = await ctx.tx
    .select({ id: deliveryProjects.id })
    .from(deliveryProjects)
    .where(eq(deliveryProjects.status, 'queued'))
    .orderBy(asc(deliveryProjects.queuedAt), asc(deliveryProjects.id))
    .limit(BATCH);
  const fc = await flowCtx(ctx, random);
  const { done } = await eachItem(
    ctx,
    queued,
    (q) => q.id,
    (tx, q) => retryQueuedProject({ ...fc, tx }, q.id),
  );
  return done;
}

/** Retry assign-order tasks waiting for an employee with room, oldest first. */
export async function drainAssignQueue(ctx: SweepContext, random: Random = Math.random): Promise<number> {
  const waiting = await ctx.tx
    .select({ projectId: deliveryTasks.projectId })
    .from(deliveryTasks)
    .innerJoin(deliveryProjects, eq(deliveryProjects.id, deliveryTasks.projectId))
    .where(and(eq(deliveryTasks.status, 'waiting'), eq(deliveryProjects.status, 'running')))
    .orderBy(asc(deliveryTasks.enteredAt), asc(deliveryProjects.createdAt), asc(deliveryTasks.id))
    .limit(BATCH);
  const fc = await flowCtx(ctx, random);
  const { done } = await eachItem(
    ctx,
    waiting,
    (w) => w.projectId,
    (tx, w) => retryWaitingTask({ ...fc, tx }, w.projectId),
  );
  return done;
}

/**
 * Mark open tasks past their due time overdue (paused projects never time out), send the
 * timeout reminders, and move auto-advancing confirm/complete steps on as if confirmed.
 */
export async function markTimeouts(ctx: SweepContext, random: Random = Math.random): Promise<number> {
  const due = await ctx.tx
    .select({ taskId: deliveryTasks.id, projectId: deliveryTasks.projectId })
    .from(deliveryTasks)
    .innerJoin(deliveryProjects, eq(deliveryProjects.id, deliveryTasks.projectId))
    .where(and(eq(deliveryTasks.status, 'open'), isNull(deliveryTasks.overdueAt), lte(deliveryTasks.dueAt, ctx.now), eq(deliveryProjects.status, 'running')))
    .orderBy(asc(deliveryTasks.dueAt))
    .limit(BATCH);
  const base = await flowCtx(ctx, random);
  const { done } = await eachItem(
    ctx,
    due,
    (d) => d.taskId,
    async (tx, { taskId, projectId }) => {
      const fc = { ...base, tx };
      const flow = await loadFlow(tx, projectId);
      const task = await liveTask(tx, projectId);
      if (flow.project.status !== 'running' || task?.id !== taskId || task.overdueAt) return false;
      const step = stepOf(flow, task.nodeId);
      await tx.update(deliveryTasks).set({ overdueAt: ctx.now }).where(eq(deliveryTasks.id, task.id));
      await setProject(fc, flow, { overdue: true });
      await writeLog(fc, flow, 'node_timed_out', step.id, { dueAt: task.dueAt?.toISOString() ?? null });
      await fireReminders(tx, ctx.now, flow.project, step, 'timeout', task);
      if (advancesOnTimeout(step)) await advance(fc, flow, { ...task, overdueAt: ctx.now }, { auto: true });
      return true;
    },
  );
  return done;
}

/** The delivery center's timers: provider queue (10 min), employee queue (hourly), timeouts. */
export function deliverySweeps(_deps: Deps): Sweep[] {
  return [
    { name: 'delivery.provider-queue', intervalMs: 10 * 60_000, run: (ctx) => drainProviderQueue(ctx) },
    { name: 'delivery.assign-queue', intervalMs: 60 * 60_000, run: (ctx) => drainAssignQueue(ctx) },
    { name: 'delivery.timeouts', intervalMs: 60_000, run: (ctx) => markTimeouts(ctx) },
    { name: 'delivery.orphan-avatars', intervalMs: 60 * 60_000, run: ({ tx, now }) => sweepOrphanAvatars(tx, now) },
  ];
}
