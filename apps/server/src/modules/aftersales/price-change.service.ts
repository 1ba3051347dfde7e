import type { BuyerPriceChange, PriceChange, PriceChangeBody, PriceFlag, PriceFlagListQuery, PriceFlagStatus } from '@cloudmart/contracts';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import { formatYuan } from '../../platform/money.js';
import type { Deps } from '../../platform/module.js';
import { sellers } from '../accounts/index.js';
import { requestNotification } from '../notifications/index.js';
import { orders, repriceUnpaid } from '../orders/index.js';
import { priceChanges } from './aftersales.tables.js';
import { assertPriceFlagMove, flagOf } from './price-change-flag-status.js';

type D = Pick<Deps, 'db' | 'clock'>;

const changeColumns = {
  id: priceChanges.id,
  orderId: priceChanges.orderId,
  oldFen: priceChanges.oldFen,
  newFen: priceChanges.newFen,
  reason: priceChanges.reason,
  changedBy: priceChanges.changedBy,
  flagged: priceChanges.flagged,
  flagStatus: priceChanges.flagStatus,
  createdAt: priceChanges.createdAt,
};

type ChangeRow = Omit<PriceChange, 'createdAt'> & { createdAt: Date };

const toChange = (r: ChangeRow): PriceChange => ({ ...r, createdAt: r.createdAt.toISOString() });

/**
 * Reprice an unpaid order of this seller (DOMAIN 2.6). One transaction: the order's pending
 * payments fail (the buyer's next "pay" starts one for the new amount), the order's amount
 * changes only while it is still unpaid and still at the price we read, and the audit row and
 * the buyer's notice are written with it.
 *
 * Lock order is payments, then the order — the same as the payment callback — so a change
 * racing a callback ends with one winner instead of a deadlock: either the payment is failed
 * first (the callback then finds it no longer pending and changes nothing) or the order is
 * paid first (our conditional update matches no row and we refuse).
 */
export async function changeOrderPrice(deps: D, seller: { sellerId: string; userId: string }, orderId: string, body: PriceChangeBody): Promise<PriceChange> {
  const now = deps.clock.now();
  const id = newId('pch', now);
  await deps.db.transaction(async (tx) => {
    const [o] = await tx
      .select({ status: orders.status, type: orders.type, paidFen: orders.paidFen, buyerId: orders.buyerId, orderNo: orders.orderNo })
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.sellerId, seller.sellerId)));
    if (!o) throw notFound('order');
    if (o.status !== 'unpaid' || o.type === 'refund')
      throw new DomainError('order_not_repriceable', `only unpaid orders can be repriced; the order is ${o.status}`, { orderStatus: o.status });
    const changed = await repriceUnpaid(tx, orderId, o.paidFen, body.newPriceFen);
    if (!changed) {
      const [now2] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
      if (now2?.status !== 'unpaid') throw new DomainError('order_not_repriceable', `the order was ${now2?.status ?? 'removed'} meanwhile`);
      throw new DomainError('conflict', 'the order was repriced meanwhile; reload it');
    }
    await tx.insert(priceChanges).values({
      id,
      orderId,
      sellerId: seller.sellerId,
      oldFen: o.paidFen,
      newFen: body.newPriceFen,
      reason: body.reason,
      changedBy: seller.userId,
      ...flagOf(body.newPriceFen),
      createdAt: now,
    });
    await requestNotification(tx, now, {
      userId: o.buyerId,
      template: 'aftersales.price_changed',
      params: { orderNo: String(o.orderNo), oldAmount: formatYuan(o.paidFen), newAmount: formatYuan(body.newPriceFen) },
      link: `/buyer/orders/${orderId}`,
    });
  });
  const [row] = await deps.db.select(changeColumns).from(priceChanges).where(eq(priceChanges.id, id));
  if (!row) throw notFound('price change');
  return toChange(row);
}

async function historyOf(db: Db, orderId: string): Promise<PriceChange[]> {
  const rows = await db
    .select(changeColumns)
    .from(priceChanges)
    .where(eq(priceChanges.orderId, orderId))
    .orderBy(asc(priceChanges.createdAt), asc(priceChanges.id));
  return rows.map(toChange);
}

/** The audit of one of this seller's orders, oldest first. */
export async function listSellerPriceChanges(deps: Pick<Deps, 'db'>, sellerId: string, orderId: string): Promise<PriceChange[]> {
  const [o] = await deps.db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.sellerId, sellerId)));
  if (!o) throw notFound('order');
  return historyOf(deps.db, orderId);
}

/** The same audit for the buyer of the order, without the seller's user ids. */
export async function listBuyerPriceChanges(deps: Pick<Deps, 'db'>, buyerId: string, orderId: string): Promise<BuyerPriceChange[]> {
  const [o] = await deps.db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.buyerId, buyerId)));
  if (!o) throw notFound('order');
  return (await historyOf(deps.db, orderId)).map(({ changedBy: _, ...rest }) => rest);
}

function flagQuery(db: Db) {
  return db
    .select({
      ...changeColumns,
      orderNo: orders.orderNo,
      orderStatus: orders.status,
      productName: orders.productName,
      sellerId: sellers.id,
      sellerCode: sellers.code,
      sellerName: sellers.name,
    })
    .from(priceChanges)
    .innerJoin(orders, eq(orders.id, priceChanges.orderId))
    .innerJoin(sellers, eq(sellers.id, priceChanges.sellerId));
}

type FlagRow = Awaited<ReturnType<ReturnType<typeof flagQuery>['execute']>>[number];

const toFlag = (r: FlagRow): PriceFlag => ({ ...r, orderNo: String(r.orderNo), createdAt: r.createdAt.toISOString() });

/** The operators' queue of zero-price changes, newest first (pending = to do). */
export async function listPriceFlags(deps: Pick<Deps, 'db'>, q: PriceFlagListQuery): Promise<Page<PriceFlag>> {
  const where = and(eq(priceChanges.flagged, true), eq(priceChanges.flagStatus, q.status));
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(priceChanges).where(where);
  const rows = await flagQuery(deps.db).where(where).orderBy(desc(priceChanges.createdAt), desc(priceChanges.id)).limit(q.pageSize).offset(offsetOf(q));
  return { items: rows.map(toFlag), total, page: q.page, pageSize: q.pageSize };
}

/**
 * An operator clears a flag (the free order is legitimate) or confirms it (a policy breach,
 * followed up outside the system). price_changes has no column for the decider or the note,
 * so both go to the log.
 */
export async function decidePriceFlag(
  deps: Pick<Deps, 'db' | 'log'>,
  operatorId: string,
  changeId: string,
  to: Extract<PriceFlagStatus, 'cleared' | 'confirmed'>,
  note: string | undefined,
): Promise<PriceFlag> {
  await deps.db.transaction(async (tx) => {
    const [c] = await tx.select({ flagStatus: priceChanges.flagStatus }).from(priceChanges).where(eq(priceChanges.id, changeId)).for('update');
    if (!c) throw notFound('price change');
    assertPriceFlagMove(c.flagStatus, to);
    await tx.update(priceChanges).set({ flagStatus: to }).where(eq(priceChanges.id, changeId));
  });
  deps.log.info({ changeId, operatorId, flagStatus: to, note }, 'price flag decided');
  const [row] = await flagQuery(deps.db).where(eq(priceChanges.id, changeId));
  if (!row) throw notFound('price change');
  return toFlag(row);
}
