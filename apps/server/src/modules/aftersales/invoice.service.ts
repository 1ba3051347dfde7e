import type { ApplyInvoiceBody, InvoiceDetail, IssueInvoiceBody } from '@cloudmart/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { requestNotification } from '../notifications/index.js';
import { orders } from '../orders/index.js';
import { invoiceOrders, invoices, refunds } from './aftersales.tables.js';
import { loadInvoice } from './invoice.queries.js';
import { assertInvoiceMove, assertPostage } from './invoice-status.js';
import { formatYuan } from '../../platform/money.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';

type D = Pick<Deps, 'db' | 'clock'>;

/**
 * What each order contributes to an invoice: the cash paid, less any refund already paid
 * back. Cash is paidFen: the coupon part (orders.coupon_fen, a voucher) was never in paidFen,
 * and guide 2.4 says the voucher-paid part is not invoiced by the seller to the buyer (the
 * seller invoices the platform for it); the discount was never charged at all. invoice_orders
 * keeps cashFen per order.
 */
async function cashOf(tx: Db, buyerId: string, orderIds: readonly string[]): Promise<{ sellerId: string; cash: Map<string, number> }> {
  // locked so a refund decided meanwhile waits for this application (or is seen by it)
  const rows = await tx
    .select({ id: orders.id, sellerId: orders.sellerId, status: orders.status, type: orders.type, paidFen: orders.paidFen })
    .from(orders)
    .where(and(inArray(orders.id, [...orderIds]), eq(orders.buyerId, buyerId)))
    .orderBy(asc(orders.id))
    .for('update');
  if (rows.length !== orderIds.length) throw notFound('order');
  const sellerIds = new Set(rows.map((r) => r.sellerId));
  if (sellerIds.size > 1) throw new DomainError('invoice_mixed_sellers', 'one invoice covers the orders of one seller', { sellerIds: [...sellerIds] });
  const refundRows = await tx
    .select({ orderId: refunds.orderId, status: refunds.status, amountFen: refunds.amountFen })
    .from(refunds)
    .where(and(inArray(refunds.orderId, [...orderIds]), inArray(refunds.status, ['reviewing', 'operator_review', 'refunded'])));
  const cash = new Map<string, number>();
  const refused: string[] = [];
  for (const r of rows) {
    const mine = refundRows.filter((f) => f.orderId === r.id);
    const open = mine.some((f) => f.status !== 'refunded');
    const left = r.paidFen - mine.filter((f) => f.status === 'refunded').reduce((sum, f) => sum + f.amountFen, 0);
    // an open refund may still take the money back: invoice after it is decided
    if (r.status !== 'paid' || r.type === 'refund' || open || left <= 0) refused.push(r.id);
    else cash.set(r.id, left);
  }
  if (refused.length) throw new DomainError('order_not_invoiceable', 'only paid, unrefunded orders with cash paid can be invoiced', { orderIds: refused });
  const [sellerId] = sellerIds;
  return { sellerId: sellerId ?? '', cash };
}

async function sellerMainOf(tx: Db, sellerId: string): Promise<string | null> {
  const [main] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.sellerId, sellerId), eq(users.isMain, true)));
  return main?.id ?? null;
}

/**
 * A buyer applies for one invoice over paid orders of one seller. An order is on at most one
 * active invoice: checked here for a clear error, and enforced by invoice_orders_active_uq
 * against a concurrent application.
 */
export async function applyInvoice(deps: D, buyerId: string, body: ApplyInvoiceBody): Promise<InvoiceDetail> {
  const now = deps.clock.now();
  const id = newId('inv', now);
  const taken = () => new DomainError('order_already_invoiced', 'an order is already on an invoice that was not rejected');
  try {
    await deps.db.transaction(async (tx) => {
      const { sellerId, cash } = await cashOf(tx, buyerId, body.orderIds);
      const active = await tx
        .select({ orderId: invoiceOrders.orderId })
        .from(invoiceOrders)
        .where(and(inArray(invoiceOrders.orderId, body.orderIds), eq(invoiceOrders.active, true)));
      if (active.length)
        throw new DomainError('order_already_invoiced', 'an order is already on an invoice that was not rejected', { orderIds: active.map((a) => a.orderId) });
      const amountFen = [...cash.values()].reduce((a, b) => a + b, 0);
      const special = body.type === 'special';
      await tx.insert(invoices).values({
        id,
        sellerId,
        buyerId,
        type: body.type,
        title: body.title,
        taxNo: body.taxNo ?? null,
        details: special ? (body.details ?? null) : null,
        contactName: body.contactName,
        contactPhone: body.contactPhone,
        address: body.address,
        amountFen,
        status: 'applied',
        createdAt: now,
      });
      await tx.insert(invoiceOrders).values([...cash].map(([orderId, cashFen]) => ({ invoiceId: id, orderId, cashFen })));
      const main = await sellerMainOf(tx, sellerId);
      if (main) {
        await requestNotification(tx, now, {
          userId: main,
          template: 'aftersales.invoice_applied',
          params: { invoiceId: id, amount: formatYuan(amountFen) },
          link: `/seller/invoices/${id}`,
        });
      }
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  }
  return loadInvoice(deps.db, { buyerId }, id);
}

async function lockOwnInvoice(tx: Db, sellerId: string, invoiceId: string) {
  const [inv] = await tx
    .select({ status: invoices.status, amountFen: invoices.amountFen, buyerId: invoices.buyerId })
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.sellerId, sellerId)))
    .for('update');
  if (!inv) throw notFound('invoice');
  return inv;
}

/** The seller rejects an application; its orders become free to be invoiced again. */
export async function rejectInvoice(deps: D, sellerId: string, invoiceId: string, reason: string): Promise<InvoiceDetail> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const inv = await lockOwnInvoice(tx, sellerId, invoiceId);
    assertInvoiceMove(inv.status, 'rejected');
    await tx.update(invoices).set({ status: 'rejected', rejectReason: reason, decidedAt: now }).where(eq(invoices.id, invoiceId));
    await tx.update(invoiceOrders).set({ active: false }).where(eq(invoiceOrders.invoiceId, invoiceId));
  });
  return loadInvoice(deps.db, { sellerId }, invoiceId);
}

/** The seller issued the invoice offline and records how it was mailed. */
export async function issueInvoice(deps: D, sellerId: string, invoiceId: string, body: IssueInvoiceBody): Promise<InvoiceDetail> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const inv = await lockOwnInvoice(tx, sellerId, invoiceId);
    assertInvoiceMove(inv.status, 'issued');
    assertPostage(inv.amountFen, body.postage);
    await tx
      .update(invoices)
      .set({
        status: 'issued',
        invoiceNo: body.invoiceNo,
        carrier: body.carrier,
        trackingNo: body.trackingNo,
        postage: body.postage,
        issuedAt: now,
        decidedAt: now,
      })
      .where(eq(invoices.id, invoiceId));
    await requestNotification(tx, now, {
      userId: inv.buyerId,
      template: 'aftersales.invoice_issued',
      params: { invoiceId, carrier: body.carrier, trackingNo: body.trackingNo },
      link: `/buyer/invoices/${invoiceId}`,
    });
  });
  return loadInvoice(deps.db, { sellerId }, invoiceId);
}
