import type { ProjectViewer } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import { hasPermission, type Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { deliveryAssignments, deliveryProjects, deliveryTasks } from '../delivery.tables.js';
import type { Caller } from '../engine/index.js';

export type ProjectRow = typeof deliveryProjects.$inferSelect;

/*
 * Who sees a project (DOMAIN 5): the vendor and the provider (main account, or a sub-account
 * with delivery.projects.view), an employee who operates or operated it (any run), the
 * customer, and the platform operator (any project: it settles disputes, read-only). Everyone
 * else gets the same 404 as for a missing project: its existence is not revealed. The order
 * of the checks decides the label when one account is several of these.
 */

/** Does this account work on the project: an assignment (any run) or a task assigned to it. */
export async function isProjectEmployee(db: Db, userId: string, projectId: string): Promise<boolean> {
  const [a] = await db
    .select({ id: deliveryAssignments.id })
    .from(deliveryAssignments)
    .where(and(eq(deliveryAssignments.projectId, projectId), eq(deliveryAssignments.userId, userId)))
    .limit(1);
  if (a) return true;
  const [t] = await db
    .select({ id: deliveryTasks.id })
    .from(deliveryTasks)
    .where(and(eq(deliveryTasks.projectId, projectId), eq(deliveryTasks.assigneeId, userId)))
    .limit(1);
  return t !== undefined;
}

/** The viewer label of `actor` on `project`, or null when the actor may not see it. */
export async function viewerOf(db: Db, actor: Actor, project: ProjectRow): Promise<ProjectViewer | null> {
  if (actor.kind === 'operator') return 'operator';
  if (actor.kind === 'buyer') return project.buyerId === actor.userId ? 'customer' : null;
  if (actor.kind !== 'seller' || !actor.sellerId) return null;
  const mayView = hasPermission(actor, 'delivery.projects.view');
  if (mayView && project.vendorSellerId === actor.sellerId) return 'vendor';
  if (mayView && project.providerSellerId === actor.sellerId) return 'provider';
  return (await isProjectEmployee(db, actor.userId, project.id)) ? 'employee' : null;
}

/** The project and how `actor` sees it; 404 not_found when it is not theirs to see. */
export async function projectViewer(db: Db, actor: Actor, projectId: string): Promise<{ project: ProjectRow; viewer: ProjectViewer }> {
  const [project] = await db.select().from(deliveryProjects).where(eq(deliveryProjects.id, projectId)).limit(1);
  const viewer = project ? await viewerOf(db, actor, project) : null;
  if (!project || !viewer) throw notFound('project');
  return { project, viewer };
}

/**
 * Every action on a project (node actions, files, messages, steering) asks this first, before
 * any step or state check: a 409 or 403 naming the step would reveal the project to someone
 * the rule above hides it from (issue 17). The buyer caller of the buyer routes carries only
 * its id; a seller caller is judged by viewerOf (delivery.projects.view, or working on it).
 */
export async function assertSeesProject(db: Db, caller: Caller, project: ProjectRow): Promise<void> {
  const sees = caller.kind === 'buyer' ? project.buyerId === caller.userId : (await viewerOf(db, caller.actor, project)) !== null;
  if (!sees) throw notFound('project');
}

/** Provider-side viewers (notes are theirs); the customer and the platform's operator are outside it. */
export function isProviderSide(viewer: ProjectViewer): boolean {
  switch (viewer) {
    case 'vendor':
    case 'provider':
    case 'employee':
      return true;
    case 'customer':
    case 'operator':
      return false;
  }
}
