import type { PostProjectMessageBody, ProjectMessage } from '@cloudmart/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/module.js';
import { users } from '../../accounts/index.js';
import { deliveryMessages } from '../delivery.tables.js';
import { orderedId } from '../../../platform/ids.js';
import { liveTask, notifyMessage } from '../engine/index.js';
import { isProviderSide, projectViewer, type ProjectRow } from './project-access.js';
import { stepNames } from './project-list.queries.js';

/*
 * Project messages (留言: everyone on the project) and notes (备注: the provider side only —
 * the vendor, the provider admin and its employees; never shown to the customer, who gets the
 * same 404 as for a project that is not theirs).
 */

export type MessageKind = 'message' | 'note';

/** The messages (or notes) of a project, oldest first, with author names and node names. */
export async function messagesOf(db: Db, project: ProjectRow, kind: MessageKind, nodeNames?: Map<string, string>): Promise<ProjectMessage[]> {
  const names = nodeNames ?? (await stepNames(db, [project.templateId])).get(project.templateId);
  const rows = await db
    .select({
      id: deliveryMessages.id,
      kind: deliveryMessages.kind,
      nodeId: deliveryMessages.nodeId,
      authorId: deliveryMessages.authorId,
      authorName: users.displayName,
      body: deliveryMessages.body,
      createdAt: deliveryMessages.createdAt,
    })
    .from(deliveryMessages)
    .leftJoin(users, eq(users.id, deliveryMessages.authorId))
    .where(and(eq(deliveryMessages.projectId, project.id), eq(deliveryMessages.kind, kind)))
    .orderBy(asc(deliveryMessages.createdAt), asc(deliveryMessages.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    nodeId: r.nodeId,
    nodeName: r.nodeId ? (names?.get(r.nodeId) ?? r.nodeId) : null,
    author: { id: r.authorId, name: r.authorName ?? '' },
    authorSide: r.authorId === project.buyerId ? 'customer' : 'provider',
    body: r.body,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Notes exist only for the provider side: to the customer the notes of a project are "not found". */
async function access(db: Db, actor: Actor, projectId: string, kind: MessageKind): Promise<ProjectRow> {
  const { project, viewer } = await projectViewer(db, actor, projectId);
  if (kind === 'note' && !isProviderSide(viewer)) throw notFound('project');
  return project;
}

export async function listProjectMessages(deps: Pick<Deps, 'db'>, actor: Actor, projectId: string, kind: MessageKind): Promise<ProjectMessage[]> {
  const project = await access(deps.db, actor, projectId, kind);
  return messagesOf(deps.db, project, kind);
}

/**
 * Anyone who sees the project may leave a message; notes only on the provider side. The
 * message is tied to the node it names, or to the current node.
 */
export async function postProjectMessage(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  projectId: string,
  kind: MessageKind,
  body: PostProjectMessageBody,
): Promise<ProjectMessage> {
  const project = await access(deps.db, actor, projectId, kind);
  const names = (await stepNames(deps.db, [project.templateId])).get(project.templateId) ?? new Map<string, string>();
  if (body.nodeId && !names.has(body.nodeId)) throw new DomainError('validation_failed', `node ${body.nodeId} is not a step of this project's flow`);
  const now = deps.clock.now();
  const row = {
    id: orderedId('dmsg', now),
    projectId: project.id,
    nodeId: body.nodeId ?? project.currentNodeId,
    authorId: actor.userId,
    kind,
    body: body.body,
    createdAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(deliveryMessages).values(row);
    if (kind === 'message') await notifyMessage(tx, now, project, await liveTask(tx, project.id), { id: actor.userId, name: actor.displayName });
  });
  return {
    id: row.id,
    kind,
    nodeId: row.nodeId,
    nodeName: row.nodeId ? (names.get(row.nodeId) ?? row.nodeId) : null,
    author: { id: actor.userId, name: actor.displayName },
    authorSide: actor.userId === project.buyerId ? 'customer' : 'provider',
    body: row.body,
    createdAt: now.toISOString(),
  };
}
