import type { SellerOrderListQuery } from '@cloudmart/contracts';
import { and, count, desc, eq, gte, ilike, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { preparedFor } from '../../platform/db/prepared.js';
import { offsetOf } from '../../platform/http/pagination.js';
import { users } from '../accounts/index.js';
import { orders } from './orders.tables.js';

/**
 * The seller's order list (guide 2.1) as prepared statements per shape of filter — which
 * filters are set, not their values — built on first use. The list is a seller's
 * most-read page: a prepared statement skips drizzle's query building and PostgreSQL's planning
 * on every call after the first (docs/performance.md, the peer's list). At most 2^11 shapes exist;
 * in practice a handful.
 */
const filterKeys = [
  'orderNo',
  'productCode',
  'productName',
  'type',
  'status',
  'specName',
  'buyerUid',
  'createdFrom',
  'createdTo',
  'paidFrom',
  'paidTo',
] as const;
type FilterKey = (typeof filterKeys)[number];
type Filters = Omit<SellerOrderListQuery, 'page' | 'pageSize'>;

const p = (name: string) => sql.placeholder(name);

/** The list's columns (the CSV export reads the same). */
export const listColumns = {
  id: orders.id,
  orderNo: orders.orderNo,
  productCode: orders.productCode,
  productName: orders.productName,
  specName: orders.specName,
  type: orders.type,
  status: orders.status,
  listPriceFen: orders.listPriceFen,
  paidFen: orders.paidFen,
  discountId: orders.discountId,
  discountName: orders.discountName,
  discountFen: orders.discountFen,
  couponId: orders.couponId,
  couponName: orders.couponName,
  couponFen: orders.couponFen,
  buyerUid: users.uid,
  createdAt: orders.createdAt,
  paidAt: orders.paidAt,
  distributionRatePct: orders.distributionRatePct,
  // 订单来源, 商机ID, 定制方案ID (guide 2.1)
  source: orders.source,
  leadId: orders.leadId,
  proposalId: orders.proposalId,
};

function whereOfShape(has: ReadonlySet<FilterKey>): SQL | undefined {
  return and(
    eq(orders.sellerId, p('sellerId')),
    has.has('orderNo') ? eq(orders.orderNo, p('orderNo')) : undefined,
    has.has('productCode') ? eq(orders.productCode, p('productCode')) : undefined,
    has.has('productName') ? ilike(orders.productName, p('productName')) : undefined,
    has.has('type') ? eq(orders.type, p('type')) : undefined,
    has.has('status') ? eq(orders.status, p('status')) : undefined,
    has.has('specName') ? ilike(orders.specName, p('specName')) : undefined,
    // a subquery, not a join, so the count needs no join with users
    has.has('buyerUid') ? eq(orders.buyerId, sql`(select ${users.id} from ${users} where ${users.uid} = ${p('buyerUid')})`) : undefined,
    has.has('createdFrom') ? gte(orders.createdAt, sql`${p('createdFrom')}::timestamptz`) : undefined,
    has.has('createdTo') ? lte(orders.createdAt, sql`${p('createdTo')}::timestamptz`) : undefined,
    has.has('paidFrom') ? gte(orders.paidAt, sql`${p('paidFrom')}::timestamptz`) : undefined,
    has.has('paidTo') ? lte(orders.paidAt, sql`${p('paidTo')}::timestamptz`) : undefined,
  );
}

function buildShape(mask: number) {
  const has = new Set(filterKeys.filter((_, i) => mask & (1 << i)));
  const where = whereOfShape(has);
  // Which orders are on the page is decided on `orders` alone: walking the (seller, status,
  // created) index backwards, PostgreSQL stops after offset + limit rows, and only the page's
  // rows are then read whole and joined with their buyers (joining first read and joined every
  // matching order before sorting: 57 buyer lookups for a page of 20 at 100,000 orders, all of
  // them for a seller with many). The count is an uncorrelated subquery, which PostgreSQL runs
  // once (an InitPlan) in the same statement: one round trip and one backend per page.
  const pageIds = (db: Db) =>
    db.select({ id: orders.id }).from(orders).where(where).orderBy(desc(orders.createdAt), desc(orders.id)).limit(p('limit')).offset(p('offset'));
  const total = sql<number>`(select count(*) from ${orders} where ${where})`.mapWith(Number);
  return preparedFor((db) => ({
    count: db.select({ total: count() }).from(orders).where(where).prepare(`seller_orders_count_${mask}`),
    rows: db
      .select(listColumns)
      .from(orders)
      .innerJoin(users, eq(users.id, orders.buyerId))
      .where(inArray(orders.id, pageIds(db)))
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .prepare(`seller_orders_rows_${mask}`),
    page: db
      .select({ ...listColumns, total })
      .from(orders)
      .innerJoin(users, eq(users.id, orders.buyerId))
      .where(inArray(orders.id, pageIds(db)))
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .prepare(`seller_orders_page_${mask}`),
  }));
}

/** The placeholder values of a query: ilike filters become their pattern, dates their ISO text. */
function valuesOf(sellerId: string, f: Filters): { mask: number; values: Record<string, string | number> } {
  const values: Record<string, string | number> = { sellerId };
  let mask = 0;
  filterKeys.forEach((k, i) => {
    const v = f[k];
    if (v === undefined || v === '') return;
    mask |= 1 << i;
    if (k === 'productName' || k === 'specName') values[k] = `%${String(v)}%`;
    else if (k === 'orderNo') values[k] = Number(v);
    else if (k === 'createdFrom' || k === 'createdTo' || k === 'paidFrom' || k === 'paidTo') values[k] = new Date(String(v)).toISOString();
    else values[k] = v;
  });
  return { mask, values };
}

const shapes = new Map<number, ReturnType<typeof buildShape>>();

function statementsFor(db: Db, sellerId: string, f: Filters) {
  const { mask, values } = valuesOf(sellerId, f);
  let shape = shapes.get(mask);
  if (!shape) {
    shape = buildShape(mask);
    shapes.set(mask, shape);
  }
  return { s: shape(db), values };
}

export async function sellerOrderPage(db: Db, sellerId: string, q: SellerOrderListQuery) {
  const { s, values } = statementsFor(db, sellerId, q);
  const offset = offsetOf(q);
  const rows = await s.page.execute({ ...values, limit: q.pageSize, offset });
  const first = rows[0];
  if (first) return { total: first.total, rows: rows.map(({ total: _, ...row }) => row) };
  // a page past the end carries no row to read the count from: only then a second statement
  if (offset === 0) return { total: 0, rows: [] };
  const [{ total } = { total: 0 }] = await s.count.execute(values);
  return { total, rows: [] };
}

/** One slice of the filtered list without its count (the CSV export reads it in batches). */
export function sellerOrderRows(db: Db, sellerId: string, f: Filters, limit: number, offset: number) {
  const { s, values } = statementsFor(db, sellerId, f);
  return s.rows.execute({ ...values, limit, offset });
}
