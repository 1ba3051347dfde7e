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
export async function addPlatformCustomer(db: Db, now: Date, p: PlatformCustomer): Promise<void> {
  await addPlatformCustomers(db, now, [p]);
}

export interface PlatformCustomer {
  sellerId: string;
  buyerId: string;
  source: 'order' | 'demand';
  /** a time, or the value read in the same statement */
  lastOrderAt: Date | SQL<Date | null> | null;
}

/**
 * Several (a batch of ORDER_PAID events) in one statement. A (seller, buyer) pair named twice is
 * written once, as the last one names it: one INSERT … ON CONFLICT cannot touch a row twice (for
 * orders the value is the same anyway: 最近下单时间 is read from the orders, not the event).
 */
export async function addPlatformCustomers(db: Db, now: Date, list: readonly PlatformCustomer[]): Promise<void> {
  // in key order, so two batches naming the same pairs take their index locks in the same order
  const once = [...new Map(list.map((p) => [`${p.sellerId} ${p.buyerId}`, p]))].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, p]) => p);
  if (once.length === 0) return;
  await db
    .insert(customers)
    .values(
      once.map((p) => ({
        id: newId('cus', now),
        sellerId: p.sellerId,
        kind: 'platform' as const,
        buyerId: p.buyerId,
        source: p.source,
        lastOrderAt: p.lastOrderAt,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoUpdate({
      target: [customers.sellerId, customers.buyerId],
      targetWhere: sql`buyer_id is not null`,
      // a demand adds nothing to an existing customer; an order moves only 最近下单时间
      set: { lastOrderAt: sql`coalesce(excluded.last_order_at, ${customers.lastOrderAt})` },
    });
}

export function customerHandlers(outbox: Outbox, deps: Deps): void {
  // a batch's buyers added (or their 最近下单时间 refreshed) in one statement
  outbox.onBatch(ORDER_PAID, 'customers.order_paid', async (events) => {
    const paid = events.map((event) => orderPaidPayload.parse(event.payload));
    await addPlatformCustomers(
      deps.db,
      deps.clock.now(),
      paid.map((e) => ({ sellerId: e.sellerId, buyerId: e.buyerId, source: 'order', lastOrderAt: lastPurchaseAtValue(deps.db, e.sellerId, e.buyerId) })),
    );
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
