import type { BuyerOrder, BuyerOrderDetail, BuyerOrderListQuery } from '@cloudmart/contracts';
import { and, count, desc, eq } from 'drizzle-orm';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { instancesOfOrder, iso } from './order-views.js';
import { orders, payments } from './orders.tables.js';
import { providerOf } from './payment.service.js';

const columns = {
  id: orders.id,
  orderNo: orders.orderNo,
  productId: orders.productId,
  productCode: orders.productCode,
  productName: orders.productName,
  specId: orders.specId,
  specName: orders.specName,
  type: orders.type,
  status: orders.status,
  quantity: orders.quantity,
  durationUnit: orders.durationUnit,
  duration: orders.duration,
  listPriceFen: orders.listPriceFen,
  paidFen: orders.paidFen,
  discountId: orders.discountId,
  discountName: orders.discountName,
  discountFen: orders.discountFen,
  couponId: orders.couponId,
  couponName: orders.couponName,
  couponFen: orders.couponFen,
  targetInstanceId: orders.targetInstanceId,
  createdAt: orders.createdAt,
  paidAt: orders.paidAt,
  voidedAt: orders.voidedAt,
  source: orders.source,
  leadId: orders.leadId,
  proposalId: orders.proposalId,
};

type Row = Omit<BuyerOrder, 'orderNo' | 'createdAt' | 'paidAt' | 'voidedAt'> & { orderNo: number; createdAt: Date; paidAt: Date | null; voidedAt: Date | null };

function toBuyerOrder(r: Row): BuyerOrder {
  return { ...r, orderNo: String(r.orderNo), createdAt: r.createdAt.toISOString(), paidAt: iso(r.paidAt), voidedAt: iso(r.voidedAt) };
}

export async function listBuyerOrders(deps: Pick<Deps, 'db'>, buyerId: string, q: BuyerOrderListQuery): Promise<Page<BuyerOrder>> {
  const where = and(eq(orders.buyerId, buyerId), q.status ? eq(orders.status, q.status) : undefined, q.type ? eq(orders.type, q.type) : undefined);
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(orders).where(where);
  const rows = await deps.db.select(columns).from(orders).where(where).orderBy(desc(orders.createdAt), desc(orders.id)).limit(q.pageSize).offset(offsetOf(q));
  return { items: rows.map(toBuyerOrder), total, page: q.page, pageSize: q.pageSize };
}

/** The buyer's own order with its instances and latest payment; anyone else's is not found. */
export async function getBuyerOrder(deps: Pick<Deps, 'db' | 'config'>, buyerId: string, id: string): Promise<BuyerOrderDetail> {
  const [r] = await deps.db
    .select({ ...columns, remark: orders.remark, showContact: orders.showContact })
    .from(orders)
    .where(and(eq(orders.id, id), eq(orders.buyerId, buyerId)));
  if (!r) throw notFound('order');
  const { remark, showContact, ...rest } = r;
  const [p] = await deps.db
    .select({
      id: payments.id,
      provider: payments.provider,
      providerRef: payments.providerRef,
      status: payments.status,
      amountFen: payments.amountFen,
      createdAt: payments.createdAt,
      confirmedAt: payments.confirmedAt,
    })
    .from(payments)
    .where(eq(payments.orderId, id))
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(1);
  const provider = providerOf(deps);
  const payment = p
    ? {
        id: p.id,
        provider: p.provider,
        status: p.status,
        amountFen: p.amountFen,
        payUrl:
          p.status === 'pending' && p.provider === provider.name ? provider.payUrlFor({ paymentId: p.id, orderId: id, providerRef: p.providerRef }) : null,
        createdAt: p.createdAt.toISOString(),
        confirmedAt: iso(p.confirmedAt),
      }
    : null;
  return { ...toBuyerOrder(rest), remark, showContact: showContact === 'yes', instances: await instancesOfOrder(deps.db, id), payment };
}
