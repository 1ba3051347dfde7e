import { instanceStatuses, orderStatuses } from '@cloudmart/contracts';
import { and, eq, inArray, lte } from 'drizzle-orm';
import { DAY, MINUTE } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import type { Sweep } from '../../platform/scheduler.js';
import { productTypesOf } from './catalog-port.js';
import { EXPIRED_RETENTION_DAYS, canMoveInstance } from './instance-status.js';
import { UNPAID_ORDER_TTL_DAYS, canMoveOrder } from './order-status.js';
import { emitProvision } from './instances.service.js';
import { instances, orders } from './orders.tables.js';

const voidable = orderStatuses.filter((s) => canMoveOrder(s, 'voided'));
const expirable = instanceStatuses.filter((s) => canMoveInstance(s, 'expired'));

/** SaaS sellers hear about expiries and closings through their SPI endpoint. */
async function tellSaasSellers(tx: Db, at: Date, rows: { id: string; productId: string }[], action: 'expireInstance' | 'releaseInstance'): Promise<void> {
  const types = await productTypesOf(
    tx,
    rows.map((r) => r.productId),
  );
  for (const r of rows) if (types.get(r.productId) === 'saas') await emitProvision(tx, at, r.id, null, action);
}

/** Guide 2.1: an unpaid order is voided automatically 7 days after it was created. */
export const voidUnpaidOrdersSweep: Sweep = {
  name: 'orders.void-unpaid',
  intervalMs: MINUTE,
  async run({ tx, now }) {
    const cutoff = new Date(now.getTime() - UNPAID_ORDER_TTL_DAYS * DAY);
    const voided = await tx
      .update(orders)
      .set({ status: 'voided', voidedAt: now })
      .where(and(inArray(orders.status, voidable), lte(orders.createdAt, cutoff)))
      .returning({ id: orders.id });
    return voided.length;
  },
};

/** Live instances whose term has run out become expired (renewable for 7 more days). */
export const expireInstancesSweep: Sweep = {
  name: 'instances.expire',
  intervalMs: MINUTE,
  async run({ tx, now }) {
    const expired = await tx
      .update(instances)
      .set({ status: 'expired' })
      .where(and(inArray(instances.status, expirable), lte(instances.expiresAt, now)))
      .returning({ id: instances.id, productId: instances.productId });
    await tellSaasSellers(tx, now, expired, 'expireInstance');
    return expired.length;
  },
};

/**
 * Expired instances are kept 7 days after their expiry, then closed (login and renewal
 * end). The SaaS seller is asked to release the tenant, as for a refund with release.
 */
export const closeInstancesSweep: Sweep = {
  name: 'instances.close',
  intervalMs: 10 * MINUTE,
  async run({ tx, now }) {
    const cutoff = new Date(now.getTime() - EXPIRED_RETENTION_DAYS * DAY);
    const closed = await tx
      .update(instances)
      .set({ status: 'closed', closedAt: now })
      .where(and(eq(instances.status, 'expired'), lte(instances.expiresAt, cutoff)))
      .returning({ id: instances.id, productId: instances.productId });
    await tellSaasSellers(tx, now, closed, 'releaseInstance');
    return closed.length;
  },
};

export const ordersSweeps: Sweep[] = [voidUnpaidOrdersSweep, expireInstancesSweep, closeInstancesSweep];
