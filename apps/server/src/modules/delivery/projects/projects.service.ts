import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import type { Deps } from '../../../platform/module.js';
import { newId } from '../../../platform/ids.js';
import { instances, orders, type InstanceInService } from '../../orders/index.js';
import { deliveryProjects } from '../delivery.tables.js';
import { loadCalendar } from '../calendar/index.js';
import { basicTemplate, flowSteps, templateForProduct } from '../templates/index.js';
import { enterStep, type Flow, initialProjectStatus, type Random } from '../engine/index.js';

/**
 * Start the delivery project of a paid service order (DOMAIN 5 "Projects"): one project per
 * order — a replayed event finds it and does nothing. The flow is the product's linked
 * template, or the public basic one; run 1 starts at the assign-provider node.
 * Returns the new project's id, or null when the order already has one or its instance
 * is already closed.
 */
export async function startProject(deps: Deps, event: InstanceInService, random: Random = Math.random): Promise<string | null> {
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.db);
  return deps.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: deliveryProjects.id }).from(deliveryProjects).where(eq(deliveryProjects.orderId, event.orderId));
    if (existing) return null;
    // refunded and released before this event was handled: there is no service to deliver
    const [instance] = await tx.select({ status: instances.status }).from(instances).where(eq(instances.id, event.instanceId));
    if (instance?.status === 'closed') return null;
    const [order] = await tx.select({ orderNo: orders.orderNo, productName: orders.productName }).from(orders).where(eq(orders.id, event.orderId));
    if (!order) throw new Error(`order ${event.orderId} of an in_service event does not exist`);
    const template = await flowTemplate(tx, event.productId);
    const [project] = await tx
      .insert(deliveryProjects)
      .values({
        id: newId('prj', now),
        orderId: event.orderId,
        orderNo: String(order.orderNo),
        instanceId: event.instanceId,
        productId: event.productId,
        productName: order.productName,
        vendorSellerId: event.sellerId,
        providerSellerId: null,
        buyerId: event.buyerId,
        templateId: template.templateId,
        warrantyDays: template.warrantyDays,
        run: 1,
        status: initialProjectStatus,
        queuedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: deliveryProjects.orderId })
      .returning();
    if (!project) return null;
    const flow: Flow = { project, steps: flowSteps(template.nodes) };
    const first = flow.steps[0];
    if (first?.type !== 'assign_provider') throw new Error(`template ${template.templateId} does not start with assign_provider`);
    await enterStep({ tx, now, cal, random, actorId: null }, flow, first);
    return project.id;
  });
}

async function flowTemplate(tx: Db, productId: string) {
  const template = (await templateForProduct(tx, productId)) ?? (await basicTemplate(tx));
  if (!template) throw new Error('the public basic delivery template is missing (ensurePublicTemplates did not run)');
  return template;
}
