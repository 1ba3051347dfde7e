import type { ClaimRow } from '@cloudmart/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { hasPermission, type Actor } from '../../../platform/auth/actor.js';
import type { Db } from '../../../platform/db/client.js';
import { users } from '../../accounts/index.js';
import { deliveryEmployees, deliveryProjects, deliveryTasks, deliveryTemplates } from '../delivery.tables.js';
import { flowSteps } from '../templates/index.js';

/*
 * 订单认领's search (guide 5.4.8 "在文本框中，输入订单编号，单击查询。订单列表中出现查询到的订单结果"): the
 * project of that order among those the caller's company delivers, with whether the caller can
 * claim it now. Another company's order is simply not found (an empty result).
 */
export async function searchClaimable(db: Db, actor: Actor, sellerId: string, orderNo: string): Promise<{ items: ClaimRow[] }> {
  // a row names the stage and the customer: only those who may look for orders see one (issue 17)
  if (!(await seeksClaims(db, actor, sellerId))) return { items: [] };
  const userId = actor.userId;
  const rows = await db
    .select({
      id: deliveryProjects.id,
      orderNo: deliveryProjects.orderNo,
      productName: deliveryProjects.productName,
      createdAt: deliveryProjects.createdAt,
      status: deliveryProjects.status,
      currentNodeId: deliveryProjects.currentNodeId,
      claimedBy: deliveryProjects.claimedBy,
      run: deliveryProjects.run,
      nodes: deliveryTemplates.nodes,
      customerName: users.displayName,
    })
    .from(deliveryProjects)
    .innerJoin(deliveryTemplates, eq(deliveryTemplates.id, deliveryProjects.templateId))
    .leftJoin(users, eq(users.id, deliveryProjects.buyerId))
    .where(and(eq(deliveryProjects.orderNo, orderNo), eq(deliveryProjects.providerSellerId, sellerId)));
  const items: ClaimRow[] = [];
  for (const r of rows) {
    const step = flowSteps(r.nodes).find((s) => s.id === r.currentNodeId) ?? null;
    const role = step?.type === 'claim' ? (step.role ?? null) : null;
    let claimable = false;
    if (role && r.status === 'running' && r.currentNodeId) {
      const [live] = await db
        .select({ id: deliveryTasks.id })
        .from(deliveryTasks)
        .where(
          and(
            eq(deliveryTasks.projectId, r.id),
            eq(deliveryTasks.run, r.run),
            eq(deliveryTasks.nodeId, r.currentNodeId),
            inArray(deliveryTasks.status, ['waiting', 'open']),
          ),
        );
      const [me] = await db
        .select({ userId: deliveryEmployees.userId })
        .from(deliveryEmployees)
        .where(
          and(
            eq(deliveryEmployees.userId, userId),
            eq(deliveryEmployees.providerSellerId, sellerId),
            sql`${deliveryEmployees.roles} @> ${JSON.stringify([role])}::jsonb`,
          ),
        );
      claimable = live !== undefined && me !== undefined;
    }
    items.push({
      projectId: r.id,
      orderNo: r.orderNo,
      productName: r.productName,
      customerName: r.customerName ?? '',
      createdAt: r.createdAt.toISOString(),
      stage: step?.name ?? null,
      role,
      state: claimable ? 'claimable' : r.claimedBy ? 'claimed' : 'unavailable',
      claimedByMe: r.claimedBy === userId,
    });
  }
  return { items };
}

/**
 * Who may look an order up among the company's deliveries: its employees (订单认领 is theirs,
 * guide 5.4.8) and those who see every project of the company (delivery.projects.view). Any
 * other sub-account of the provider is treated as another company: nothing is found.
 */
export async function seeksClaims(db: Db, actor: Actor, sellerId: string): Promise<boolean> {
  if (hasPermission(actor, 'delivery.projects.view')) return true;
  const [me] = await db
    .select({ userId: deliveryEmployees.userId })
    .from(deliveryEmployees)
    .where(and(eq(deliveryEmployees.userId, actor.userId), eq(deliveryEmployees.providerSellerId, sellerId)))
    .limit(1);
  return me !== undefined;
}
