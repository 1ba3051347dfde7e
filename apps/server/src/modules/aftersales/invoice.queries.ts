import { specialInvoiceDetails, type InvoiceDetail, type InvoiceListQuery, type InvoiceSummary } from '@cloudmart/contracts';
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { sellers, users } from '../accounts/index.js';
import { orders } from '../orders/index.js';
import { invoiceOrders, invoices } from './aftersales.tables.js';

/** Whose invoices a read may see: the buyer's own, or the seller's own. */
export type InvoiceScope = { buyerId: string } | { sellerId: string };

const scopeOf = (s: InvoiceScope): SQL => ('buyerId' in s ? eq(invoices.buyerId, s.buyerId) : eq(invoices.sellerId, s.sellerId));

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const summaryColumns = {
  id: invoices.id,
  sellerId: invoices.sellerId,
  sellerName: sellers.name,
  buyerUid: users.uid,
  contactName: invoices.contactName,
  contactPhone: invoices.contactPhone,
  type: invoices.type,
  title: invoices.title,
  amountFen: invoices.amountFen,
  status: invoices.status,
  createdAt: invoices.createdAt,
  issuedAt: invoices.issuedAt,
};

const detailColumns = {
  ...summaryColumns,
  taxNo: invoices.taxNo,
  details: invoices.details,
  address: invoices.address,
  rejectReason: invoices.rejectReason,
  invoiceNo: invoices.invoiceNo,
  carrier: invoices.carrier,
  trackingNo: invoices.trackingNo,
  postage: invoices.postage,
  decidedAt: invoices.decidedAt,
};

function summaryQuery(db: Db) {
  return db.select(summaryColumns).from(invoices).innerJoin(sellers, eq(sellers.id, invoices.sellerId)).innerJoin(users, eq(users.id, invoices.buyerId));
}

function detailQuery(db: Db) {
  return db.select(detailColumns).from(invoices).innerJoin(sellers, eq(sellers.id, invoices.sellerId)).innerJoin(users, eq(users.id, invoices.buyerId));
}

export async function listInvoices(db: Db, scope: InvoiceScope, q: InvoiceListQuery): Promise<Page<InvoiceSummary>> {
  const where = and(scopeOf(scope), q.status ? eq(invoices.status, q.status) : undefined, q.type ? eq(invoices.type, q.type) : undefined);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(invoices).where(where);
  const rows = await summaryQuery(db).where(where).orderBy(desc(invoices.createdAt), desc(invoices.id)).limit(q.pageSize).offset(offsetOf(q));
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), issuedAt: iso(r.issuedAt) })), total, page: q.page, pageSize: q.pageSize };
}

/** One invoice with the orders it covers (rejected ones keep their, now inactive, order list). */
export async function loadInvoice(db: Db, scope: InvoiceScope, invoiceId: string): Promise<InvoiceDetail> {
  const [r] = await detailQuery(db).where(and(eq(invoices.id, invoiceId), scopeOf(scope)));
  if (!r) throw notFound('invoice');
  const covered = await db
    .select({
      orderId: orders.id,
      orderNo: orders.orderNo,
      productName: orders.productName,
      specName: orders.specName,
      paidFen: orders.paidFen,
      cashFen: invoiceOrders.cashFen,
      voucherFen: orders.couponFen,
      paidAt: orders.paidAt,
    })
    .from(invoiceOrders)
    .innerJoin(orders, eq(orders.id, invoiceOrders.orderId))
    .where(eq(invoiceOrders.invoiceId, invoiceId))
    .orderBy(asc(orders.orderNo));
  return {
    ...r,
    details: r.details ? specialInvoiceDetails.parse(r.details) : null,
    createdAt: r.createdAt.toISOString(),
    issuedAt: iso(r.issuedAt),
    decidedAt: iso(r.decidedAt),
    orders: covered.map((o) => ({ ...o, orderNo: String(o.orderNo), paidAt: iso(o.paidAt) })),
  };
}
