import { instanceStatuses, orderStatuses, type InstanceStatus } from '@cloudmart/contracts';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { DAY, MINUTE } from '../../platform/clock.js';
import type { Sweep, SweepContext } from '../../platform/scheduler.js';
import { eachItem } from '../../platform/sweep-items.js';
import { releaseCouponOfOrder } from '../promotions/index.js';
import { productTypesOf } from './catalog-port.js';
import { EXPIRED_RETENTION_DAYS, canMoveInstance } from './instance-status.js';
import { UNPAID_ORDER_TTL_DAYS, canMoveOrder } from './order-status.js';
import { emitProvision } from './instances.service.js';
import { emitOrderVoided } from './order-voided.js';
import { instances, orders } from './orders.tables.js';

const voidable = orderStatuses.filter((s) => canMoveOrder(s, 'voided'));
const expirable = instanceStatuses.filter((s) => canMoveInstance(s, 'expired'));

/**
 * Moves each due instance on alone (a conditional update, so a racing renewal wins) and, for
 * SaaS, tells the seller through their SPI endpoint in the same savepoint: an instance whose
 * step fails stays as it was and is retried on the next run, without holding up the others.
 */
async function moveInstances(
  ctx: SweepContext,
  due: { id: string; productId: string }[],
  from: readonly InstanceStatus[],
  set: { status: 'expired' } | { status: 'closed'; closedAt: Date },
  action: 'expireInstance' | 'releaseInstance',
): Promise<number> {
  const types = await productTypesOf(
    ctx.tx,
    due.map((r) => r.productId),
  );
  const { done } = await eachItem(
    ctx,
    due,
    (r) => r.id,
    async (sp, r) => {
      const moved = await sp
        .update(instances)
        .set(set)
        .where(and(eq(instances.id, r.id), inArray(instances.status, from)))
        .returning({ id: instances.id });
      if (moved.length === 0) return false;
      if (types.get(r.productId) === 'saas') await emitProvision(sp, ctx.now, r.id, null, action);
      return true;
    },
  );
  return done;
}

/** Guide 2.1: an unpaid order is voided automatically 7 days after it was created; its coupon goes back to the buyer. */
export const voidUnpaidOrdersSweep: Sweep = {
  name: 'orders.void-unpaid',
  intervalMs: MINUTE,
  async run({ tx, now }) {
    const cutoff = new Date(now.getTime() - UNPAID_ORDER_TTL_DAYS * DAY);
    const voided = await tx
      .update(orders)
      .set({ status: 'voided', voidedAt: now })
      .where(and(inArray(orders.status, voidable), lte(orders.createdAt, cutoff)))
      .returning({ id: orders.id, couponHoldingId: orders.couponHoldingId, sellerId: orders.sellerId, buyerId: orders.buyerId, proposalId: orders.proposalId });
    for (const o of voided) {
      if (o.couponHoldingId) await releaseCouponOfOrder(tx, o.id);
      await emitOrderVoided(tx, now, o);
    }
    return voided.length;
  },
};

/** Live instances whose term has run out become expired (renewable for 7 more days). */
export const expireInstancesSweep: Sweep = {
  name: 'instances.expire',
  intervalMs: MINUTE,
  async run(ctx) {
    const due = await ctx.tx
      .select({ id: instances.id, productId: instances.productId })
      .from(instances)
      .where(and(inArray(instances.status, expirable), lte(instances.expiresAt, ctx.now)))
      .orderBy(asc(instances.expiresAt));
    return moveInstances(ctx, due, expirable, { status: 'expired' }, 'expireInstance');
  },
};

/**
 * Expired instances are kept 7 days after their expiry, then closed (login and renewal
 * end). The SaaS seller is asked to release the tenant, as for a refund with release.
 */
export const closeInstancesSweep: Sweep = {
  name: 'instances.close',
  intervalMs: 10 * MINUTE,
  async run(ctx) {
    const cutoff = new Date(ctx.now.getTime() - EXPIRED_RETENTION_DAYS * DAY);
    const due = await ctx.tx
      .select({ id: instances.id, productId: instances.productId })
      .from(instances)
      .where(and(eq(instances.status, 'expired'), lte(instances.expiresAt, cutoff)))
      .orderBy(asc(instances.expiresAt));
    return moveInstances(ctx, due, ['expired'], { status: 'closed', closedAt: ctx.now }, 'releaseInstance');
  },
};

export const ordersSweeps: Sweep[] = [voidUnpaidOrdersSweep, expireInstancesSweep, closeInstancesSweep];
