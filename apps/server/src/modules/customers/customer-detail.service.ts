import type { CustomerDetail } from '@cloudmart/contracts';
import type { Db } from '../../platform/db/client.js';
import type { Deps } from '../../platform/module.js';
import { demandsOfBuyerWithSeller } from '../leads/index.js';
import { instancesOfBuyer, ordersOfBuyer } from '../orders/index.js';
import { couponsHeldFrom } from '../promotions/index.js';
import { customerCalls } from './customer-calls.service.js';
import { contextOf, ownCustomer, toRow, tradeOfRow } from './customer-views.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * 客户详情 (guide 2.8): "客户基本信息、交易信息、订单信息、业务信息、需求信息和持有的优惠券", plus the 双呼
 * records. Everything about the account is read from its owning module through that module's index,
 * and always scoped to this seller: another seller's orders, demands or coupons never show.
 */
export async function getCustomerDetail(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, id: string): Promise<CustomerDetail> {
  const db: Db = deps.db;
  const r = await ownCustomer(db, sellerId, id);
  const ctx = await contextOf(db, sellerId, [r]);
  const trade = tradeOfRow(r, ctx);
  const b = r.buyerId;
  const [orders, instances, demands, coupons, calls] = await Promise.all([
    b ? ordersOfBuyer(db, sellerId, b) : [],
    b ? instancesOfBuyer(db, sellerId, b) : [],
    b ? demandsOfBuyerWithSeller(db, sellerId, b) : [],
    b ? couponsHeldFrom(db, sellerId, b, deps.clock.now()) : [],
    customerCalls(db, r.id),
  ]);
  return {
    ...toRow(r, ctx),
    remark: r.remark,
    trade: {
      orderCount: trade.orderCount,
      paidFen: trade.paidFen,
      refundedFen: trade.refundedFen,
      firstOrderAt: iso(trade.firstOrderAt),
      lastOrderAt: iso(trade.lastOrderAt),
    },
    orders: orders.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
    instances: instances.map((i) => ({ ...i, expiresAt: iso(i.expiresAt) })),
    demands: demands.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    coupons: coupons.map((c) => ({ ...c, validTo: c.validTo.toISOString() })),
    calls,
  };
}
