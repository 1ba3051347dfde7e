import { and, count, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { deliveryProjects, deliveryTasks, deliveryTemplates } from '../delivery.tables.js';
import { OPEN_PROJECT_STATUSES } from '../engine/index.js';
import { flowSteps } from '../templates/index.js';

/* Read-only counts for the portals' home pages (issue 11 item 8). */

/** Open projects past their due time: the seller's (as vendor or provider), or every seller's when null. */
export async function overdueProjectCount(db: Db, sellerId: string | null): Promise<number> {
  const p = deliveryProjects;
  const mine = sellerId ? or(eq(p.vendorSellerId, sellerId), eq(p.providerSellerId, sellerId)) : undefined;
  const [r] = await db
    .select({ n: count() })
    .from(p)
    .where(and(mine, eq(p.overdue, true), inArray(p.status, [...OPEN_PROJECT_STATUSES])));
  return r?.n ?? 0;
}

/** The buyer's running projects whose open task is theirs: a requirement form (submit step) or a confirmation. */
export async function buyerProjectActions(db: Db, buyerId: string): Promise<{ requirementsToFill: number; draftsToConfirm: number }> {
  const rows = await db
    .select({ nodeId: deliveryTasks.nodeId, nodes: deliveryTemplates.nodes })
    .from(deliveryTasks)
    .innerJoin(deliveryProjects, eq(deliveryProjects.id, deliveryTasks.projectId))
    .innerJoin(deliveryTemplates, eq(deliveryTemplates.id, deliveryProjects.templateId))
    .where(
      and(eq(deliveryProjects.buyerId, buyerId), eq(deliveryProjects.status, 'running'), eq(deliveryTasks.side, 'customer'), eq(deliveryTasks.status, 'open')),
    );
  let requirementsToFill = 0;
  let draftsToConfirm = 0;
  for (const r of rows) {
    const step = flowSteps(r.nodes).find((s) => s.id === r.nodeId);
    if (step?.type === 'submit') requirementsToFill += 1;
    else draftsToConfirm += 1;
  }
  return { requirementsToFill, draftsToConfirm };
}
