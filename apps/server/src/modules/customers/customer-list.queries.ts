import type { CustomerListQuery, CustomerRow } from '@cloudmart/contracts';
import { and, count, desc, eq, exists, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { contextOf, rowColumns, toRow } from './customer-views.js';
import { customers, customerTagLinks } from './customers.tables.js';

type Filters = Omit<CustomerListQuery, 'page' | 'pageSize'>;

const likeText = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * 平台客户 / 私有客户 tabs, with 客户标签, a search over account, UID, 联系人, name and company, and a
 * 最近下单时间 window. Served by customers_seller_idx (seller, kind, last_order_at); the page's tags,
 * trade figures and consent come in three more queries (contextOf), never one per row.
 */
function whereOf(sellerId: string, f: Filters): SQL | undefined {
  const q = f.q?.trim();
  const text = q
    ? or(
        ilike(users.loginName, likeText(q)),
        ilike(users.displayName, likeText(q)),
        ilike(customers.name, likeText(q)),
        ilike(customers.company, likeText(q)),
        /^\d{1,15}$/.test(q) ? eq(users.uid, Number(q)) : undefined,
      )
    : undefined;
  const tagged = f.tagId
    ? exists(sql`(select 1 from ${customerTagLinks} where ${customerTagLinks.customerId} = ${customers.id} and ${customerTagLinks.tagId} = ${f.tagId})`)
    : undefined;
  return and(
    eq(customers.sellerId, sellerId),
    eq(customers.kind, f.kind),
    text,
    tagged,
    f.lastOrderFrom ? gte(customers.lastOrderAt, new Date(f.lastOrderFrom)) : undefined,
    f.lastOrderTo ? lt(customers.lastOrderAt, new Date(f.lastOrderTo)) : undefined,
  );
}

// latest buyers first; never-ordered (private, demand-only) customers after them, newest first
const order = [sql`${customers.lastOrderAt} desc nulls last`, desc(customers.createdAt), desc(customers.id)];

async function pageOf(db: Db, sellerId: string, f: Filters, limit: number, offset: number): Promise<CustomerRow[]> {
  const rows = await db
    .select(rowColumns)
    .from(customers)
    .leftJoin(users, eq(users.id, customers.buyerId))
    .where(whereOf(sellerId, f))
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  const ctx = await contextOf(db, sellerId, rows);
  return rows.map((r) => toRow(r, ctx));
}

export async function listCustomers(deps: Pick<Deps, 'db'>, sellerId: string, q: CustomerListQuery): Promise<Page<CustomerRow>> {
  const [{ total } = { total: 0 }] = await deps.db
    .select({ total: count() })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.buyerId))
    .where(whereOf(sellerId, q));
  const items = await pageOf(deps.db, sellerId, q, q.pageSize, offsetOf(q));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Batches of rows for the CSV export, in the list's order and with the list's filters. */
export async function* exportCustomers(db: Db, sellerId: string, f: Filters, batch = 500): AsyncGenerator<CustomerRow[]> {
  for (let offset = 0; ; offset += batch) {
    const rows = await pageOf(db, sellerId, f, batch, offset);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
  }
}
