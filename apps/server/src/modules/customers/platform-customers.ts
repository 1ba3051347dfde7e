import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import type { Outbox } from '../../platform/outbox.js';
import { LEAD_TAKEN, LEAD_WON, leadTakenPayload, leadWonPayload } from '../leads/index.js';
import { lastPurchaseAtValue, ORDER_PAID, orderPaidPayload } from '../orders/index.js';
import { customers } from './customers.tables.js';

/**
 * 平台客户 "在云市场购买过您的商品，或向您提过需求或商机的客户。该类型客户由系统为您自动添加至客户中心" (guide 2.8):
 * one row per seller and buyer, made by the unique (seller, buyer) index however often or in whatever
 * order the events arrive. A paid order refreshes 最近下单时间 (kept on the row because the list sorts and
 * filters by it; recomputed from the seller's orders each time, so a replay or an out-of-order delivery
 * cannot move it backwards). Spend and counts are never stored: the views derive them from orders.
 */
export async function addPlatformCustomer(
  db: Db,
  now: Date,
  /** lastOrderAt: a time, or the value read in the same statement */
  p: { sellerId: string; buyerId: string; source: 'order' | 'demand'; lastOrderAt: Date | SQL<Date | null> | null },
): Promise<void> {
  await db
    .insert(customers)
    .values({
      id: newId('cus', now),
      sellerId: p.sellerId,
      kind: 'platform',
      buyerId: p.buyerId,
      source: p.source,
      lastOrderAt: p.lastOrderAt,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [customers.sellerId, customers.buyerId],
      targetWhere: sql`buyer_id is not null`,
      // a demand adds nothing to an existing customer; an order moves only 最近下单时间
      set: { lastOrderAt: sql`coalesce(excluded.last_order_at, ${customers.lastOrderAt})` },
    });
}

export function customerHandlers(outbox: Outbox, deps: Deps): void {
  outbox.on(ORDER_PAID, 'customers.order_paid', async (event) => {
    const e = orderPaidPayload.parse(event.payload);
    const lastOrderAt = lastPurchaseAtValue(deps.db, e.sellerId, e.buyerId);
    await addPlatformCustomer(deps.db, deps.clock.now(), { sellerId: e.sellerId, buyerId: e.buyerId, source: 'order', lastOrderAt });
  });
  // "向您提过需求或商机的客户": a lead the seller took (grabbed or accepted) or won
  outbox.on(LEAD_TAKEN, 'customers.lead_taken', async (event) => {
    const e = leadTakenPayload.parse(event.payload);
    await addPlatformCustomer(deps.db, deps.clock.now(), { sellerId: e.sellerId, buyerId: e.buyerId, source: 'demand', lastOrderAt: null });
  });
  outbox.on(LEAD_WON, 'customers.lead_won', async (event) => {
    const e = leadWonPayload.parse(event.payload);
    await addPlatformCustomer(deps.db, deps.clock.now(), { sellerId: e.sellerId, buyerId: e.buyerId, source: 'demand', lastOrderAt: null });
  });
}
