import { and, asc, eq, gt, isNull, lte, ne, notInArray } from 'drizzle-orm';
import { DAY, MINUTE } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import type { Sweep } from '../../platform/scheduler.js';
import { eachItem, type ItemScope } from '../../platform/sweep-items.js';
import { categories, products } from '../catalog/index.js';
import { markSettled, orders } from '../orders/index.js';
import { frozenOfOrders, postMany } from './ledger.service.js';
import { DEFAULT_COMMISSION_BP, paymentPostings, settlementPostings } from './postings.js';

/**
 * The default no-reason refund window of DOMAIN 2.5 (5 days after purchase): an order settles
 * only once a buyer can no longer take the money back without the seller's say. Operators
 * change the window in the after-sales settings; the settlement sweep reads it on every run.
 */
export const REFUND_WINDOW_DAYS = 5;

export { DEFAULT_COMMISSION_BP };

const BATCH = 200;
const SETTLE_SWEEP = 'ledger.settle';

interface DueOrder {
  id: string;
  sellerId: string;
  buyerId: string;
  paidFen: number;
  paidAt: Date | null;
  commissionBp: number | null;
  /** a distribution order's reseller and rate, both set at placing or both null */
  resellerId: string | null;
  ratePct: number | null;
}

/** One order's settlement: post its payment if it never was, release its frozen amount less commission, mark it settled. */
async function settleOne(tx: Db, now: Date, o: DueOrder): Promise<void> {
  await postMany(tx, 'payment', [
    { orderId: o.id, sellerId: o.sellerId, at: o.paidAt ?? now, entries: paymentPostings({ buyerId: o.buyerId, sellerId: o.sellerId, amountFen: o.paidFen }) },
  ]);
  const amountFen = (await frozenOfOrders(tx, [o.id])).get(o.id) ?? 0;
  if (amountFen < 0) throw new Error(`order ${o.id} has ${amountFen} fen frozen`);
  // refunded down to nothing while still 'paid': nothing to release, but it is settled all the same
  if (amountFen > 0) {
    // guide 2.3: "在后续订单满足结算条件时，同时执行服务商款项的解冻，并支付平台及分销商的佣金"
    const reseller = o.resellerId !== null && o.ratePct !== null ? { resellerId: o.resellerId, ratePct: o.ratePct } : null;
    const { postings } = settlementPostings({ sellerId: o.sellerId, amountFen, commissionBp: o.commissionBp ?? DEFAULT_COMMISSION_BP, reseller });
    await postMany(tx, 'settlement', [{ orderId: o.id, sellerId: o.sellerId, at: now, entries: postings }]);
  }
  await markSettled(tx, [o.id], now);
}

/**
 * Settle every order that is paid, not refunded, has money in it and is past the refund
 * window (DOMAIN 2.1): its frozen amount moves to the seller's available balance minus the
 * category's commission (and, for a distribution order, the reseller's commission at the rate
 * the order was placed with), and orders.settledAt is set. Runs in the sweep's transaction in
 * batches, each order in its own savepoint (an order that cannot settle is filed and the
 * rest settle); rows are claimed FOR UPDATE SKIP LOCKED so a refund holding an order is not
 * blocked and the order settles on a later run. A payment that was never posted (orders paid
 * before the ledger existed) is posted first; that is a no-op when it already was.
 */
export async function settleDue(tx: Db, now: Date, windowDays = REFUND_WINDOW_DAYS, batch = BATCH, scope: Partial<ItemScope> = {}): Promise<number> {
  const cutoff = new Date(now.getTime() - windowDays * DAY);
  const skipped: string[] = [];
  let total = 0;
  for (;;) {
    const due: DueOrder[] = await tx
      .select({
        id: orders.id,
        sellerId: orders.sellerId,
        buyerId: orders.buyerId,
        paidFen: orders.paidFen,
        paidAt: orders.paidAt,
        commissionBp: categories.commissionBp,
        resellerId: orders.resellerId,
        ratePct: orders.distributionRatePct,
      })
      .from(orders)
      .leftJoin(products, eq(products.id, orders.productId))
      .leftJoin(categories, eq(categories.id, products.categoryId))
      .where(
        and(
          eq(orders.status, 'paid'),
          gt(orders.paidFen, 0),
          isNull(orders.settledAt),
          ne(orders.type, 'refund'),
          lte(orders.paidAt, cutoff),
          // an order that failed in this run waits for the next one instead of looping here
          skipped.length > 0 ? notInArray(orders.id, skipped) : undefined,
        ),
      )
      .orderBy(asc(orders.paidAt), asc(orders.id))
      .limit(batch)
      .for('update', { of: orders, skipLocked: true });
    if (due.length === 0) break;
    const run = await eachItem(
      { sweep: SETTLE_SWEEP, ...scope, tx, now },
      due,
      (o) => o.id,
      (sp, o) => settleOne(sp, now, o),
    );
    skipped.push(...run.failed);
    total += run.done;
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
    name: SETTLE_SWEEP,
    intervalMs: 10 * MINUTE,
    run: async (ctx) => settleDue(ctx.tx, ctx.now, await windowDays(ctx.tx), BATCH, ctx),
  };
}
