import type { SellerOrder, SellerOrderDetail, SellerOrderListQuery } from '@cloudmart/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { orderResellerOf } from './distribution-port.js';
import { instancesOfOrder } from './order-views.js';
import { orders } from './orders.tables.js';
import { listColumns, sellerOrderPage, sellerOrderRows } from './seller-order-list.queries.js';

type Filters = Omit<SellerOrderListQuery, 'page' | 'pageSize'>;

type Row = Omit<SellerOrder, 'orderNo' | 'createdAt' | 'paidAt'> & { orderNo: number; createdAt: Date; paidAt: Date | null };

function toSellerOrder(r: Row): SellerOrder {
  return { ...r, orderNo: String(r.orderNo), createdAt: r.createdAt.toISOString(), paidAt: r.paidAt?.toISOString() ?? null };
}

export async function listSellerOrders(deps: Pick<Deps, 'db'>, sellerId: string, q: SellerOrderListQuery): Promise<Page<SellerOrder>> {
  const { total, rows } = await sellerOrderPage(deps.db, sellerId, q);
  return { items: rows.map(toSellerOrder), total, page: q.page, pageSize: q.pageSize };
}

/** Batches of rows for CSV export, in the list's order, without loading everything at once. */
export async function* exportSellerOrders(db: Db, sellerId: string, f: Filters, batch = 1000): AsyncGenerator<SellerOrder[]> {
  for (let offset = 0; ; offset += batch) {
    const rows = await sellerOrderRows(db, sellerId, f, batch, offset);
    if (rows.length === 0) return;
    yield rows.map(toSellerOrder);
    if (rows.length < batch) return;
  }
}

export async function getSellerOrder(deps: Pick<Deps, 'db'>, sellerId: string, id: string): Promise<SellerOrderDetail> {
  const [r] = await deps.db
    .select({
      ...listColumns,
      buyerLoginName: users.loginName,
      buyerEmail: users.email,
      buyerPhone: users.phone,
      showContact: orders.showContact,
      remark: orders.remark,
      settledAt: orders.settledAt,
      productId: orders.productId,
      specId: orders.specId,
      quantity: orders.quantity,
      durationUnit: orders.durationUnit,
      duration: orders.duration,
      targetInstanceId: orders.targetInstanceId,
      resellerId: orders.resellerId,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .where(and(eq(orders.sellerId, sellerId), eq(orders.id, id)));
  if (!r) throw notFound('order');
  const {
    buyerEmail,
    buyerPhone,
    showContact,
    settledAt,
    buyerLoginName,
    remark,
    productId,
    specId,
    quantity,
    durationUnit,
    duration,
    targetInstanceId,
    resellerId,
    ...rest
  } = r;
  const ratePct = rest.distributionRatePct;
  // 分销商信息 (guide 2.3 "在详情页底部可以查看到本订单对应的分销商信息"): the seller's view only
  const reseller =
    resellerId !== null && ratePct !== null
      ? await orderResellerOf(deps.db, { orderId: id, resellerId, ratePct, status: rest.status, paidFen: rest.paidFen, settledAt })
      : null;
  return {
    ...toSellerOrder(rest),
    productId,
    specId,
    quantity,
    durationUnit,
    duration,
    targetInstanceId,
    instances: await instancesOfOrder(deps.db, id),
    buyerLoginName,
    remark,
    // contact details only when the buyer agreed to show them to the seller
    buyerContact: showContact === 'yes' ? { email: buyerEmail, phone: buyerPhone } : null,
    settledAt: settledAt?.toISOString() ?? null,
    reseller,
  };
}
