import type { BuyerBill, BuyerBillListQuery, SellerBill, SellerBillListQuery } from '@cloudmart/contracts';
import { and, count, desc, eq, gte, inArray, lt, notExists, sql } from 'drizzle-orm';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import { eachItem, type ItemScope } from '../../platform/sweep-items.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { products, specMeters } from '../catalog/index.js';
import { instances } from '../orders/index.js';
import { bills, usageRecords } from './billing.tables.js';
import { draftBills } from './bill-amount.js';
import { billDueAt, isOverdue } from './bill-due.js';
import { endedPeriods, periodBounds } from './beijing-period.js';

/**
 * How many ended months a run looks at: the one just ended, plus one more so a month-end
 * missed while the server was down is still billed.
 */
const LOOKBACK_PERIODS = 2;

/**
 * Sweep body: one bill per buyer and product for each ended period that has usage and no bill
 * yet. Usage is summed per (buyer, product, spec, dimension) in one query per period and
 * priced with the instance's current spec meters; the unique (buyer, product, period) index
 * makes a concurrent or repeated run insert nothing twice.
 */
export async function produceMonthlyBills(scope: ItemScope): Promise<number> {
  const { now } = scope;
  let created = 0;
  // a period whose billing fails is filed and retried on the next run; the other period still bills
  await eachItem(scope, endedPeriods(now, LOOKBACK_PERIODS), String, async (tx, period) => {
    const { start, end } = periodBounds(period);
    const rows = await tx
      .select({
        buyerId: usageRecords.buyerId,
        productId: usageRecords.productId,
        specId: instances.specId,
        dimension: usageRecords.dimension,
        quantity: sql<string>`sum(${usageRecords.quantity})`,
        priceFen: specMeters.priceFen,
        per: specMeters.per,
      })
      .from(usageRecords)
      .innerJoin(instances, eq(instances.id, usageRecords.instanceId))
      .leftJoin(specMeters, and(eq(specMeters.specId, instances.specId), eq(specMeters.dimension, usageRecords.dimension)))
      .where(
        and(
          gte(usageRecords.usedAt, start),
          lt(usageRecords.usedAt, end),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(bills)
              .where(and(eq(bills.buyerId, usageRecords.buyerId), eq(bills.productId, usageRecords.productId), eq(bills.period, period))),
          ),
        ),
      )
      .groupBy(usageRecords.buyerId, usageRecords.productId, instances.specId, usageRecords.dimension, specMeters.priceFen, specMeters.per);
    if (rows.length === 0) return false;
    const drafts = draftBills(rows.map((r) => ({ ...r, quantity: BigInt(r.quantity) })));
    const productRows = await tx
      .select({ id: products.id, sellerId: products.sellerId, name: products.name })
      .from(products)
      .where(inArray(products.id, [...new Set(drafts.map((d) => d.productId))]));
    const productById = new Map(productRows.map((p) => [p.id, p]));
    const values = drafts.flatMap((d) => {
      const p = productById.get(d.productId);
      if (!p) return [];
      return [
        {
          id: newId('bil', now),
          sellerId: p.sellerId,
          buyerId: d.buyerId,
          productId: d.productId,
          productName: p.name,
          period,
          amountFen: d.amountFen,
          status: 'unpaid' as const,
          createdAt: now,
        },
      ];
    });
    const inserted = await tx.insert(bills).values(values).onConflictDoNothing().returning({ id: bills.id });
    created += inserted.length;
  });
  return created;
}

const billColumns = {
  id: bills.id,
  period: bills.period,
  productId: bills.productId,
  productCode: products.code,
  productName: bills.productName,
  amountFen: bills.amountFen,
  paidFen: bills.paidFen,
  voucherFen: bills.voucherFen,
  status: bills.status,
  createdAt: bills.createdAt,
  paidAt: bills.paidAt,
};

type BillRow = Pick<typeof bills.$inferSelect, Exclude<keyof typeof billColumns, 'productCode'>> & { productCode: string };

/** 是否使用代金券 reads the bill's voucher part (0 until coupons exist); overdue is computed on the clock. */
function billView(r: BillRow, now: Date): BuyerBill {
  return {
    ...r,
    voucherUsed: r.voucherFen > 0,
    createdAt: r.createdAt.toISOString(),
    paidAt: r.paidAt?.toISOString() ?? null,
    dueAt: billDueAt(r.period).toISOString(),
    overdue: isOverdue(r, now),
  };
}

/** One of the buyer's bills; another buyer's is not_found. */
export async function loadBuyerBill(deps: Pick<Deps, 'db' | 'clock'>, buyerId: string, billId: string): Promise<BuyerBill> {
  const [r] = await deps.db
    .select(billColumns)
    .from(bills)
    .innerJoin(products, eq(products.id, bills.productId))
    .where(and(eq(bills.id, billId), eq(bills.buyerId, buyerId)));
  if (!r) throw notFound('bill');
  return billView(r, deps.clock.now());
}

export async function listSellerBills(deps: Deps, sellerId: string, q: SellerBillListQuery): Promise<Page<SellerBill>> {
  const where = and(
    eq(bills.sellerId, sellerId),
    q.period ? eq(bills.period, q.period) : undefined,
    q.productCode ? eq(products.code, q.productCode) : undefined,
    q.buyerUid ? eq(users.uid, q.buyerUid) : undefined,
  );
  const base = () =>
    deps.db
      .select({ ...billColumns, buyerUid: users.uid, buyerLoginName: users.loginName })
      .from(bills)
      .innerJoin(products, eq(products.id, bills.productId))
      .innerJoin(users, eq(users.id, bills.buyerId));
  const [rows, [total]] = await Promise.all([
    base().where(where).orderBy(desc(bills.period), desc(bills.id)).limit(q.pageSize).offset(offsetOf(q)),
    deps.db.select({ n: count() }).from(bills).innerJoin(products, eq(products.id, bills.productId)).innerJoin(users, eq(users.id, bills.buyerId)).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...billView(r, deps.clock.now()), buyerUid: r.buyerUid, buyerLoginName: r.buyerLoginName })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function listBuyerBills(deps: Deps, buyerId: string, q: BuyerBillListQuery): Promise<Page<BuyerBill>> {
  const where = and(eq(bills.buyerId, buyerId), q.period ? eq(bills.period, q.period) : undefined);
  const [rows, [total]] = await Promise.all([
    deps.db
      .select(billColumns)
      .from(bills)
      .innerJoin(products, eq(products.id, bills.productId))
      .where(where)
      .orderBy(desc(bills.period), desc(bills.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    deps.db.select({ n: count() }).from(bills).where(where),
  ]);
  const now = deps.clock.now();
  return { items: rows.map((r) => billView(r, now)), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}
