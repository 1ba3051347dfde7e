import type { DeliveryFile, StepNode } from '@cloudmart/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { hasPermission, type Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { files, findFile, type FileAccessCheck } from '../../../platform/files/index.js';
import type { Deps } from '../../../platform/module.js';
import { users } from '../../accounts/index.js';
import { deliveryAssignments, deliveryFiles, deliveryLog, deliveryProjects, deliveryTasks, deliveryTemplates } from '../delivery.tables.js';
import { orderedId } from '../../../platform/ids.js';
import { flowSteps } from '../templates/index.js';
import { projectViewer, viewerOf, type ProjectRow } from './project-access.js';

/*
 * Files of a delivery project (文件管理): uploaded through the platform (POST /files with
 * purpose delivery or delivery_contract), then attached to the project's live step by whoever
 * may act on it. Every participant of the project may download them.
 */

type TaskRow = typeof deliveryTasks.$inferSelect;

/** The files of a project, oldest first, with uploader and node names. */
export async function filesOf(db: Db, projectId: string, nodeNames: ReadonlyMap<string, string>): Promise<DeliveryFile[]> {
  const rows = await db
    .select({
      id: deliveryFiles.id,
      fileId: deliveryFiles.fileId,
      name: files.name,
      mime: files.mime,
      size: files.size,
      createdAt: deliveryFiles.createdAt,
      uploaderId: deliveryFiles.uploadedBy,
      uploaderName: users.displayName,
      nodeId: deliveryFiles.nodeId,
      run: deliveryFiles.run,
    })
    .from(deliveryFiles)
    .innerJoin(files, eq(files.id, deliveryFiles.fileId))
    .leftJoin(users, eq(users.id, deliveryFiles.uploadedBy))
    .where(eq(deliveryFiles.projectId, projectId))
    .orderBy(asc(deliveryFiles.createdAt), asc(deliveryFiles.id));
  return rows.map((r) => ({
    id: r.id,
    fileId: r.fileId,
    name: r.name,
    mime: r.mime,
    size: r.size,
    createdAt: r.createdAt.toISOString(),
    uploader: { id: r.uploaderId, name: r.uploaderName ?? '' },
    nodeId: r.nodeId,
    nodeName: nodeNames.get(r.nodeId) ?? r.nodeId,
    run: r.run,
  }));
}

/**
 * Who may attach to the live task: on a customer step the buyer; on a provider step its
 * assignee, the holder of the step's role, or the provider admin (delivery.projects.manage).
 */
async function mayActOn(tx: Db, actor: Actor, project: ProjectRow, task: TaskRow): Promise<boolean> {
  if (task.side === 'customer') return actor.kind === 'buyer' && project.buyerId === actor.userId;
  if (task.side !== 'provider' || actor.kind !== 'seller') return false;
  if (task.assigneeId === actor.userId) return true;
  if (project.providerSellerId !== null && actor.sellerId === project.providerSellerId && hasPermission(actor, 'delivery.projects.manage')) return true;
  if (!task.role) return false;
  const [held] = await tx
    .select({ id: deliveryAssignments.id })
    .from(deliveryAssignments)
    .where(and(eq(deliveryAssignments.projectId, project.id), eq(deliveryAssignments.role, task.role), eq(deliveryAssignments.userId, actor.userId)))
    .limit(1);
  return held !== undefined;
}

/** Which upload purposes a step accepts: the contract step only the contract's documents. */
export function purposesFor(step: StepNode | undefined): readonly string[] {
  return step?.type === 'general' && step.uploadKind === 'contract' ? ['delivery_contract'] : ['delivery', 'delivery_contract'];
}

/** Attach an uploaded file to the project's live step (delivery_files with the task, node and run). */
export async function attachDeliveryFile(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor, projectId: string, fileId: string): Promise<DeliveryFile> {
  await projectViewer(deps.db, actor, projectId);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // lock the project: an action moving the flow on waits, so the file lands on the step it was meant for
    const [project] = await tx.select().from(deliveryProjects).where(eq(deliveryProjects.id, projectId)).for('update');
    if (!project) throw notFound('project');
    if (project.status === 'paused') throw new DomainError('project_paused', 'the project is paused');
    const [task] = await tx
      .select()
      .from(deliveryTasks)
      .where(and(eq(deliveryTasks.projectId, projectId), inArray(deliveryTasks.status, ['waiting', 'open'])));
    if (!task || task.status !== 'open' || project.status !== 'running')
      throw new DomainError('no_step_takes_files', 'no step of this project takes files now');
    if (!(await mayActOn(tx, actor, project, task))) throw new DomainError('not_your_task', 'only the operator of the current step may upload to it');

    const file = await findFile({ db: tx }, fileId);
    if (!file || file.uploaderId !== actor.userId) throw notFound('file');
    const [tpl] = await tx.select({ nodes: deliveryTemplates.nodes }).from(deliveryTemplates).where(eq(deliveryTemplates.id, project.templateId));
    const step = flowSteps(tpl?.nodes ?? []).find((s) => s.id === task.nodeId);
    const accepted = purposesFor(step);
    if (!accepted.includes(file.purpose)) {
      throw new DomainError('validation_failed', `this step accepts files uploaded as ${accepted.join(' or ')}`, { accepted, purpose: file.purpose });
    }
    const inserted = await tx
      .insert(deliveryFiles)
      .values({
        id: orderedId('dfl', now),
        projectId,
        run: project.run,
        nodeId: task.nodeId,
        taskId: task.id,
        fileId,
        uploadedBy: actor.userId,
        createdAt: now,
      })
      .onConflictDoNothing({ target: deliveryFiles.fileId })
      .returning({ id: deliveryFiles.id });
    const row = inserted[0];
    if (!row) throw new DomainError('conflict', 'this file is already attached to a project');
    await tx.insert(deliveryLog).values({
      id: orderedId('dlg', now),
      projectId,
      run: project.run,
      at: now,
      actorId: actor.userId,
      event: 'file_uploaded',
      nodeId: task.nodeId,
      detail: { fileId, name: file.name },
    });
    return {
      id: row.id,
      fileId,
      name: file.name,
      mime: file.mime,
      size: file.size,
      createdAt: now.toISOString(),
      uploader: { id: actor.userId, name: actor.displayName },
      nodeId: task.nodeId,
      nodeName: step?.name ?? task.nodeId,
      run: project.run,
    };
  });
}

/**
 * The projects whose submitted requirement answers name `fileId` as an attachment the customer
 * uploaded: the inputs of the flow (a file answer is one id or a list of ids). Only the
 * project's own customer's uploads count, so an id slipped into the answers opens nothing.
 */
async function projectsRequiring(db: Db, fileId: string, uploaderId: string): Promise<ProjectRow[]> {
  const rows = await db
    .select({ project: deliveryProjects })
    .from(deliveryTasks)
    .innerJoin(deliveryProjects, eq(deliveryProjects.id, deliveryTasks.projectId))
    .where(
      and(
        eq(deliveryProjects.buyerId, uploaderId),
        eq(deliveryTasks.side, 'customer'),
        eq(deliveryTasks.status, 'done'),
        sql`jsonb_path_exists(${deliveryTasks.data}, '$.answers.*[*] ? (@ == $f)', jsonb_build_object('f', ${fileId}::text))`,
      ),
    );
  return rows.map((r) => r.project);
}

/**
 * File access rule: a delivery file is readable by everyone who sees its project (and no one
 * else): a file attached to a step, and a requirement attachment the customer submitted, so
 * whoever works a later step reads the flow's inputs (issue 17).
 */
export const deliveryFileAccess: FileAccessCheck = async (deps, actor, file) => {
  if (!actor || (file.purpose !== 'delivery' && file.purpose !== 'delivery_contract')) return false;
  const [link] = await deps.db.select({ projectId: deliveryFiles.projectId }).from(deliveryFiles).where(eq(deliveryFiles.fileId, file.id)).limit(1);
  if (link) {
    const [project] = await deps.db.select().from(deliveryProjects).where(eq(deliveryProjects.id, link.projectId)).limit(1);
    return project !== undefined && (await viewerOf(deps.db, actor, project)) !== null;
  }
  for (const project of await projectsRequiring(deps.db, file.id, file.uploaderId)) {
    if ((await viewerOf(deps.db, actor, project)) !== null) return true;
  }
  return false;
};
