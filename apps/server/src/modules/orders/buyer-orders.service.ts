import type { BuyerOrder, BuyerOrderDetail, BuyerOrderListQuery, InstanceSummary, PaymentStatus } from '@cloudmart/contracts';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { preparedFor } from '../../platform/db/prepared.js';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { iso } from './order-views.js';
import { instances, orderInstances, orders, payments } from './orders.tables.js';
import { providerOf } from './payment.service.js';

/** What a buyer's order view reads (and what a placement's insert returns). */
export const buyerOrderColumns = {
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
  const rows = await deps.db
    .select(buyerOrderColumns)
    .from(orders)
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(toBuyerOrder), total, page: q.page, pageSize: q.pageSize };
}

interface PaymentJson {
  id: string;
  provider: string;
  providerRef: string;
  status: PaymentStatus;
  amountFen: number;
  createdAt: string;
  confirmedAt: string | null;
}
interface InstanceJson {
  id: string;
  status: InstanceSummary['status'];
  specName: string;
  trial: string;
  openedAt: string | null;
  expiresAt: string | null;
}

/** JSON carries timestamps in the session's zone and microseconds; the API speaks ISO in UTC. */
const isoOf = (s: string | null): string | null => (s === null ? null : new Date(s).toISOString());

// The order, its latest payment and its instances in one statement (it answers every placement
// and every order page): two correlated subqueries instead of three round trips.
const detailQuery = preparedFor((db) =>
  db
    .select({
      ...buyerOrderColumns,
      remark: orders.remark,
      showContact: orders.showContact,
      payment: sql<PaymentJson | null>`(select json_build_object('id', p.id, 'provider', p.provider, 'providerRef', p.provider_ref, 'status', p.status,
          'amountFen', p.amount_fen, 'createdAt', p.created_at, 'confirmedAt', p.confirmed_at)
        from ${payments} p where p.order_id = "orders"."id" order by p.created_at desc, p.id desc limit 1)`,
      instances: sql<InstanceJson[]>`(select coalesce(json_agg(json_build_object('id', i.id, 'status', i.status, 'specName', i.spec_name, 'trial', i.trial,
          'openedAt', i.opened_at, 'expiresAt', i.expires_at) order by i.created_at, i.id), '[]'::json)
        from ${orderInstances} oi join ${instances} i on i.id = oi.instance_id where oi.order_id = "orders"."id")`,
    })
    .from(orders)
    .where(and(eq(orders.id, sql.placeholder('id')), eq(orders.buyerId, sql.placeholder('buyerId'))))
    .prepare('buyer_order_detail'),
);

/** What an order's insert returned: the detail of an order nothing else has touched yet (no payment, no instance). */
export type NewOrderRow = Row & { remark: string | null; showContact: 'yes' | 'no' };

/** A just-placed order as getBuyerOrder would show it, without reading it back. */
export function newOrderDetail(r: NewOrderRow): BuyerOrderDetail {
  const { remark, showContact, ...rest } = r;
  return { ...toBuyerOrder(rest), remark, showContact: showContact === 'yes', instances: [], payment: null };
}

/** The buyer's own order with its instances and latest payment; anyone else's is not found. */
export async function getBuyerOrder(deps: Pick<Deps, 'db' | 'config'>, buyerId: string, id: string): Promise<BuyerOrderDetail> {
  const [r] = await detailQuery(deps.db).execute({ id, buyerId });
  if (!r) throw notFound('order');
  const { remark, showContact, payment: p, instances: insts, ...rest } = r;
  const provider = providerOf(deps);
  const payment = p
    ? {
        id: p.id,
        provider: p.provider,
        status: p.status,
        amountFen: p.amountFen,
        payUrl:
          p.status === 'pending' && p.provider === provider.name ? provider.payUrlFor({ paymentId: p.id, orderId: id, providerRef: p.providerRef }) : null,
        createdAt: isoOf(p.createdAt) ?? '',
        confirmedAt: isoOf(p.confirmedAt),
      }
    : null;
  const instanceList = insts.map((i) => ({ ...i, trial: i.trial === 'yes', openedAt: isoOf(i.openedAt), expiresAt: isoOf(i.expiresAt) }));
  return { ...toBuyerOrder(rest), remark, showContact: showContact === 'yes', instances: instanceList, payment };
}
