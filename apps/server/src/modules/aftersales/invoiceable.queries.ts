import type { InvoiceableOrder } from '@cloudmart/contracts';
import { and, desc, eq, gt, inArray, ne, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { sellers } from '../accounts/index.js';
import { orders } from '../orders/index.js';
import { invoiceOrders, refunds } from './aftersales.tables.js';

/** Enough for the apply form; older orders are rarely invoiced and the server re-checks anyway. */
const LIMIT = 200;

/**
 * The buyer's paid orders that an application would accept now (the same rules as
 * applyInvoice): not on an active invoice, no refund waiting for a decision, and cash left
 * after refunds already paid back. cashFen is that remainder, what the invoice would cover.
 */
export async function listInvoiceableOrders(db: Db, buyerId: string): Promise<InvoiceableOrder[]> {
  const refundedFen = sql<number>`coalesce((select sum(${refunds.amountFen}) from ${refunds} where ${refunds.orderId} = ${orders.id} and ${refunds.status} = 'refunded'), 0)::int`;
  const rows = await db
    .select({
      orderId: orders.id,
      orderNo: orders.orderNo,
      sellerId: orders.sellerId,
      sellerName: sellers.name,
      productName: orders.productName,
      specName: orders.specName,
      paidFen: orders.paidFen,
      voucherFen: orders.couponFen,
      refundedFen,
      paidAt: orders.paidAt,
    })
    .from(orders)
    .innerJoin(sellers, eq(sellers.id, orders.sellerId))
    .where(
      and(
        eq(orders.buyerId, buyerId),
        eq(orders.status, 'paid'),
        ne(orders.type, 'refund'),
        gt(orders.paidFen, 0),
        notExists(
          db
            .select({ one: invoiceOrders.orderId })
            .from(invoiceOrders)
            .where(and(eq(invoiceOrders.orderId, orders.id), eq(invoiceOrders.active, true))),
        ),
        notExists(
          db
            .select({ one: refunds.id })
            .from(refunds)
            .where(and(eq(refunds.orderId, orders.id), inArray(refunds.status, ['reviewing', 'operator_review']))),
        ),
      ),
    )
    .orderBy(desc(orders.paidAt), desc(orders.id))
    .limit(LIMIT);
  return rows.flatMap(({ refundedFen: refunded, ...r }) => {
    const cashFen = r.paidFen - refunded;
    return cashFen > 0 ? [{ ...r, orderNo: String(r.orderNo), cashFen, paidAt: r.paidAt ? r.paidAt.toISOString() : null }] : [];
  });
}
