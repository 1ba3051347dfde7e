import type { ReminderTrigger, StepNode } from '@cloudmart/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { users } from '../../accounts/index.js';
import { requestNotification } from '../../notifications/index.js';
import { deliveryAssignments, type deliveryProjects } from '../delivery.tables.js';

type ProjectRow = typeof deliveryProjects.$inferSelect;

/** The task a reminder is about: its operator is the "provider employee" recipient. */
export interface ReminderTask {
  side: 'provider' | 'customer' | 'system';
  assigneeId: string | null;
}

async function mainAccountOf(tx: Db, sellerId: string | null): Promise<string[]> {
  if (!sellerId) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.sellerId, sellerId), eq(users.isMain, true)));
  return rows.map((r) => r.id);
}

async function employeesOf(tx: Db, project: ProjectRow, task: ReminderTask | null): Promise<string[]> {
  if (task?.side === 'provider' && task.assigneeId) return [task.assigneeId];
  const rows = await tx
    .select({ userId: deliveryAssignments.userId })
    .from(deliveryAssignments)
    .where(and(eq(deliveryAssignments.projectId, project.id), isNull(deliveryAssignments.releasedAt)));
  return rows.map((r) => r.userId);
}

/** Why a flow ended before completion, for the people it leaves. */
export type ClosedNotice = { by: 'operator'; reason: string } | { by: 'refund' };

/**
 * A flow ended early: the provider side that worked on it (its operators, the provider's and
 * the vendor's main accounts) hears of it, and — when the platform closed it — the customer
 * too, with the reason (after a refund the customer is the one who asked). Call before the
 * operators are released.
 */
export async function notifyClosed(tx: Db, now: Date, project: ProjectRow, live: ReminderTask | null, notice: ClosedNotice): Promise<number> {
  const params = { orderNo: project.orderNo, productName: project.productName };
  const providerSide = new Set([
    ...(await employeesOf(tx, project, live)),
    ...(await mainAccountOf(tx, project.providerSellerId)),
    ...(await mainAccountOf(tx, project.vendorSellerId)),
  ]);
  const sends = [...providerSide].map((userId) => ({
    userId,
    template: notice.by === 'operator' ? 'delivery.flow_closed_provider' : 'delivery.refunded_provider',
    params: notice.by === 'operator' ? { ...params, reason: notice.reason } : params,
    link: `/delivery/projects/${project.id}`,
  }));
  if (notice.by === 'operator')
    sends.push({
      userId: project.buyerId,
      template: 'delivery.flow_closed_customer',
      params: { ...params, reason: notice.reason },
      link: `/buyer/projects/${project.id}`,
    });
  for (const s of sends) await requestNotification(tx, now, s);
  return sends.length;
}

/**
 * A project message (留言) reaches the other side: a customer's goes to whoever operates the
 * project now (the live provider step's operator, else everyone assigned, else the
 * provider's — or, before one is chosen, the vendor's — main account); a provider-side
 * message goes to the customer. Notes are internal and notify nobody.
 */
export async function notifyMessage(tx: Db, now: Date, project: ProjectRow, live: ReminderTask | null, author: { id: string; name: string }): Promise<number> {
  const fromCustomer = author.id === project.buyerId;
  let recipients = fromCustomer ? await employeesOf(tx, project, live) : [project.buyerId];
  if (fromCustomer && recipients.length === 0) recipients = await mainAccountOf(tx, project.providerSellerId ?? project.vendorSellerId);
  const to = [...new Set(recipients)].filter((id) => id !== author.id);
  for (const userId of to) {
    await requestNotification(tx, now, {
      userId,
      template: fromCustomer ? 'delivery.message_to_provider' : 'delivery.message_to_customer',
      params: { orderNo: project.orderNo, productName: project.productName, author: author.name },
      link: fromCustomer ? `/delivery/projects/${project.id}` : `/buyer/projects/${project.id}`,
    });
  }
  return to.length;
}

/**
 * Send the node's message reminders configured for `trigger` (guide: 消息提醒设置), as
 * notification requests in the caller's transaction — they go out after commit.
 */
export async function fireReminders(
  tx: Db,
  now: Date,
  project: ProjectRow,
  node: StepNode,
  trigger: ReminderTrigger,
  task: ReminderTask | null,
): Promise<number> {
  const rows = node.reminders.filter((r) => r.trigger === trigger);
  let sent = 0;
  for (const r of rows) {
    const recipients =
      r.recipient === 'customer'
        ? [project.buyerId]
        : r.recipient === 'provider_employee'
          ? await employeesOf(tx, project, task)
          : await mainAccountOf(tx, r.recipient === 'provider_admin' ? project.providerSellerId : project.vendorSellerId);
    // links are the web pages (the buyer console shows projects under /buyer/projects)
    const link = r.recipient === 'customer' ? `/buyer/projects/${project.id}` : `/delivery/projects/${project.id}`;
    for (const userId of new Set(recipients)) {
      await requestNotification(tx, now, {
        userId,
        template: `delivery.${r.template}`,
        params: { orderNo: project.orderNo, productName: project.productName, nodeName: node.name },
        link,
      });
      sent++;
    }
  }
  return sent;
}
