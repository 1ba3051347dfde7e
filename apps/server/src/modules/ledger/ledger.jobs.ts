import { and, asc, eq, gt, isNull, lte, ne } from 'drizzle-orm';
import { DAY, MINUTE } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import type { Sweep } from '../../platform/scheduler.js';
import { categories, products } from '../catalog/index.js';
import { markSettled, orders } from '../orders/index.js';
import { frozenOfOrders, postMany, type TxnDraft } from './ledger.service.js';
import { paymentPostings, settlementPostings } from './postings.js';

/**
 * The default no-reason refund window of DOMAIN 2.5 (5 days after purchase): an order settles
 * only once a buyer can no longer take the money back without the seller's say. Operators
 * change the window in the after-sales settings; the settlement sweep reads it on every run.
 */
export const REFUND_WINDOW_DAYS = 5;

/**
 * Orders without a product row (the demo seed's, which predate the catalog) settle at the
 * categories table's default commission, 10 %.
 */
export const DEFAULT_COMMISSION_BP = 1000;

const BATCH = 200;

/**
 * Settle every order that is paid, not refunded, has money in it and is past the refund
 * window (DOMAIN 2.1): its frozen amount moves to the seller's available balance minus the
 * category's commission, and orders.settledAt is set. Runs in the sweep's transaction in
 * batches; rows are claimed FOR UPDATE SKIP LOCKED so a refund holding an order is not
 * blocked and the order settles on a later run. A payment that was never posted (orders paid
 * before the ledger existed) is posted first; that is a no-op when it already was.
 */
export async function settleDue(tx: Db, now: Date, windowDays = REFUND_WINDOW_DAYS, batch = BATCH): Promise<number> {
  const cutoff = new Date(now.getTime() - windowDays * DAY);
  let total = 0;
  for (;;) {
    const due = await tx
      .select({
        id: orders.id,
        sellerId: orders.sellerId,
        buyerId: orders.buyerId,
        paidFen: orders.paidFen,
        paidAt: orders.paidAt,
        commissionBp: categories.commissionBp,
      })
      .from(orders)
      .leftJoin(products, eq(products.id, orders.productId))
      .leftJoin(categories, eq(categories.id, products.categoryId))
      .where(and(eq(orders.status, 'paid'), gt(orders.paidFen, 0), isNull(orders.settledAt), ne(orders.type, 'refund'), lte(orders.paidAt, cutoff)))
      .orderBy(asc(orders.paidAt), asc(orders.id))
      .limit(batch)
      .for('update', { of: orders, skipLocked: true });
    if (due.length === 0) break;

    await postMany(
      tx,
      'payment',
      due.map((o) => ({
        orderId: o.id,
        sellerId: o.sellerId,
        at: o.paidAt ?? now,
        entries: paymentPostings({ buyerId: o.buyerId, sellerId: o.sellerId, amountFen: o.paidFen }),
      })),
    );
    const frozen = await frozenOfOrders(
      tx,
      due.map((o) => o.id),
    );
    const settlements: TxnDraft[] = [];
    for (const o of due) {
      const amountFen = frozen.get(o.id) ?? 0;
      if (amountFen < 0) throw new Error(`order ${o.id} has ${amountFen} fen frozen`);
      // refunded down to nothing while still 'paid': nothing to release, but it is settled all the same
      if (amountFen === 0) continue;
      const { postings } = settlementPostings({ sellerId: o.sellerId, amountFen, commissionBp: o.commissionBp ?? DEFAULT_COMMISSION_BP });
      settlements.push({ orderId: o.id, sellerId: o.sellerId, at: now, entries: postings });
    }
    await postMany(tx, 'settlement', settlements);
    await markSettled(
      tx,
      due.map((o) => o.id),
      now,
    );
    total += due.length;
    if (due.length < batch) break;
  }
  return total;
}

/**
 * The settlement timer. The refund window is the after-sales module's setting, and after-sales
 * already depends on the ledger (refund postings), so that module registers this sweep with a
 * reader of its window instead of the ledger importing it back.
 */
export function settlementSweep(windowDays: (tx: Db) => Promise<number>): Sweep {
  return {
    name: 'ledger.settle',
    intervalMs: 10 * MINUTE,
    run: async ({ tx, now }) => settleDue(tx, now, await windowDays(tx)),
  };
}
