import type { DueClock, FlowLogEntry, LiveStepSettings, ProjectDetail, ProjectViewer, StepNode, TimelineStep } from '@cloudmart/contracts';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { users } from '../../accounts/index.js';
import { instances } from '../../orders/index.js';
import { deliveryLog, deliveryProjects, deliveryTasks, deliveryTemplates } from '../delivery.tables.js';
import { loadCalendar } from '../calendar/index.js';
import { filesOf } from './delivery-files.service.js';
import { flowSteps } from '../templates/index.js';
import { messagesOf } from './messages.service.js';
import { isProviderSide, projectViewer, type ProjectRow } from './project-access.js';
import { projectItems } from './project-list.queries.js';
import { dueClockOf, timeLeft } from '../engine/index.js';

/*
 * The project detail page (项目详情): progress as a timeline of the current run, the live
 * step with its operator's contact, the instance (业务信息), requirement answers, the flow
 * log of every run (a provider change keeps the old run's log), files, messages — and the
 * notes for the provider side only.
 */

type TaskRow = typeof deliveryTasks.$inferSelect;
type Person = { id: string; name: string; phone: string | null; email: string | null };

const stepSide = (s: StepNode): TimelineStep['side'] => {
  if (s.type === 'assign_provider' || s.type === 'assign') return 'system';
  if (s.type === 'submit' || s.type === 'complete') return 'customer';
  if (s.type === 'confirm' || s.type === 'general') return s.side ?? 'provider';
  return 'provider';
};
const stepRole = (s: StepNode): string | null => ('role' in s ? (s.role ?? null) : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Each step's state in the current run: current (the live task), done (its last attempt done), else pending. */
export function timelineOf(steps: readonly StepNode[], tasks: readonly TaskRow[], run: number, people: ReadonlyMap<string, Person>): TimelineStep[] {
  const ofRun = tasks.filter((t) => t.run === run);
  return steps.map((s) => {
    const mine = ofRun.filter((t) => t.nodeId === s.id);
    const last = mine.at(-1);
    const isLive = last?.status === 'open' || last?.status === 'waiting';
    const who = last?.assigneeId ? people.get(last.assigneeId) : undefined;
    return {
      nodeId: s.id,
      name: s.name,
      type: s.type,
      side: stepSide(s),
      role: stepSide(s) === 'customer' ? null : stepRole(s),
      state: isLive ? 'current' : last?.status === 'done' ? 'done' : last?.status === 'cancelled' ? 'stopped' : 'pending',
      rejectedCount: mine.filter((t) => t.status === 'rejected').length,
      operator: who ? { id: who.id, name: who.name } : null,
      enteredAt: iso(last?.enteredAt ?? null),
      doneAt: iso(last?.doneAt ?? null),
      dueAt: iso(last?.dueAt ?? null),
    };
  });
}

/** What the customer may read of a log entry's detail: the reasons they are owed (why a step was rejected, why the flow was closed), never the provider's internal notes. */
const CUSTOMER_REASONS = new Set(['node_rejected', 'project_cancelled']);

function logDetailFor(viewer: ProjectViewer, event: string, detail: Record<string, unknown> | null): Record<string, unknown> | null {
  if (viewer !== 'customer') return detail;
  return CUSTOMER_REASONS.has(event) && detail ? { reason: detail.reason ?? null } : null;
}

async function peopleOf(db: Db, ids: readonly (string | null)[]): Promise<Map<string, Person>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName, phone: users.phone, email: users.email }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

async function instanceOf(db: Db, project: ProjectRow): Promise<ProjectDetail['instance']> {
  if (!project.instanceId) return null;
  const [row] = await db
    .select({ id: instances.id, status: instances.status, specName: instances.specName, expiresAt: instances.expiresAt })
    .from(instances)
    .where(eq(instances.id, project.instanceId));
  return row ? { ...row, expiresAt: iso(row.expiresAt) } : null;
}

export async function getProjectDetail(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor, projectId: string): Promise<ProjectDetail> {
  const { db } = deps;
  const { project, viewer } = await projectViewer(db, actor, projectId);
  const [item] = await projectItems(db, eq(deliveryProjects.id, project.id), 1);
  if (!item) throw notFound('project');
  const [tpl] = await db.select({ nodes: deliveryTemplates.nodes }).from(deliveryTemplates).where(eq(deliveryTemplates.id, project.templateId));
  const steps = flowSteps(tpl?.nodes ?? []);
  const names = new Map(steps.map((s) => [s.id, s.name]));
  const tasks = await db
    .select()
    .from(deliveryTasks)
    .where(eq(deliveryTasks.projectId, project.id))
    .orderBy(asc(deliveryTasks.enteredAt), asc(deliveryTasks.id));
  const log = await db.select().from(deliveryLog).where(eq(deliveryLog.projectId, project.id)).orderBy(asc(deliveryLog.at), asc(deliveryLog.id));
  const people = await peopleOf(db, [...tasks.map((t) => t.assigneeId), ...log.map((l) => l.actorId)]);

  const live = tasks.find((t) => t.status === 'open' || t.status === 'waiting');
  const liveClock = dueClockOf(
    steps.find((st) => st.id === live?.nodeId),
    project.warrantyDays,
  );
  const assignee = live?.assigneeId ? (people.get(live.assigneeId) ?? null) : null;
  const requirements = tasks
    .filter((t) => t.status === 'done' && steps.find((s) => s.id === t.nodeId)?.type === 'submit')
    .map((t) => ({
      nodeId: t.nodeId,
      nodeName: names.get(t.nodeId) ?? t.nodeId,
      run: t.run,
      submittedAt: iso(t.doneAt),
      answers: isRecord(t.data?.answers) ? t.data.answers : {},
    }));
  const flowLog: FlowLogEntry[] = log.map((l) => {
    const who = l.actorId ? people.get(l.actorId) : undefined;
    return {
      id: l.id,
      run: l.run,
      at: l.at.toISOString(),
      event: l.event,
      nodeId: l.nodeId,
      nodeName: l.nodeId ? (names.get(l.nodeId) ?? l.nodeId) : null,
      actor: who ? { id: who.id, name: who.name } : null,
      detail: logDetailFor(viewer, l.event, l.detail),
    };
  });

  return {
    viewer,
    project: {
      ...item,
      run: project.run,
      templateId: project.templateId,
      updatedAt: project.updatedAt.toISOString(),
      completedAt: iso(project.completedAt),
      cancelledAt: iso(project.cancelledAt),
      pausedAt: iso(project.pausedAt),
      pauseReason: project.pauseReason,
    },
    timeline: timelineOf(steps, tasks, project.run, people),
    liveTask: live
      ? {
          id: live.id,
          settings: stepSettings(steps.find((st) => st.id === live.nodeId)),
          nodeId: live.nodeId,
          nodeName: names.get(live.nodeId) ?? live.nodeId,
          status: live.status,
          side: live.side,
          role: live.role,
          assignee,
          enteredAt: live.enteredAt.toISOString(),
          dueAt: iso(live.dueAt),
          remainingWorkingMs: await remainingOf(deps, project, live, liveClock),
          dueClock: liveClock,
          overdue: live.overdueAt !== null || project.overdue,
        }
      : null,
    instance: await instanceOf(db, project),
    requirements,
    log: flowLog,
    files: await filesOf(db, project.id, names),
    messages: await messagesOf(db, project, 'message', names),
    ...(isProviderSide(viewer) ? { notes: await messagesOf(db, project, 'note', names) } : {}),
  };
}

/** Time left on the live task, on its clock: the count to its due time, or what a pause froze. */
async function remainingOf(deps: Pick<Deps, 'db' | 'clock'>, project: ProjectRow, live: TaskRow, clock: DueClock): Promise<number | null> {
  if (project.status === 'paused') return project.pausedRemainingMs;
  if (!live.dueAt) return null;
  const now = deps.clock.now();
  if (live.dueAt <= now) return 0;
  return Math.round(timeLeft(clock, await loadCalendar(deps.db), now, live.dueAt));
}

/** The live step's labels and switches, for the pages that act on it (no reminders: internal). */
function stepSettings(step: StepNode | undefined): LiveStepSettings {
  const none = {
    form: null,
    submitLabel: null,
    viewLabel: null,
    confirmLabel: null,
    rejectable: false,
    rejectLabel: null,
    uploadRequired: false,
    uploadKind: null,
    uploadLabel: null,
  };
  const label = (v: string | undefined): string | null => v ?? null;
  if (!step) return { type: 'assign_provider', ...none };
  switch (step.type) {
    case 'submit':
      return { ...none, type: step.type, form: step.form ?? null, submitLabel: label(step.submitLabel), viewLabel: label(step.viewLabel) };
    case 'confirm':
    case 'complete':
      return { ...none, type: step.type, confirmLabel: label(step.confirmLabel), rejectable: step.rejectable, rejectLabel: label(step.rejectLabel) };
    case 'general':
      return {
        ...none,
        type: step.type,
        uploadRequired: step.uploadRequired,
        uploadKind: step.uploadKind,
        uploadLabel: label(step.uploadLabel),
        viewLabel: label(step.viewLabel),
        confirmLabel: label(step.confirmLabel),
      };
    default:
      return { ...none, type: step.type };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
