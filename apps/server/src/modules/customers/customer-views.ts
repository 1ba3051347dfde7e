import type { CustomerRow, CustomerTag } from '@cloudmart/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { users } from '../accounts/index.js';
import { contactConsentOf, noTrade, tradeOfBuyers, type BuyerTrade } from '../orders/index.js';
import { visibleContact } from './customer-rules.js';
import { customers, customerTagLinks, customerTags } from './customers.tables.js';

/** A customer row joined with its account (null for an unlinked private customer). */
export const rowColumns = {
  id: customers.id,
  sellerId: customers.sellerId,
  kind: customers.kind,
  source: customers.source,
  buyerId: customers.buyerId,
  name: customers.name,
  company: customers.company,
  phone: customers.phone,
  email: customers.email,
  remark: customers.remark,
  lastOrderAt: customers.lastOrderAt,
  createdAt: customers.createdAt,
  accountLogin: users.loginName,
  accountUid: users.uid,
  accountName: users.displayName,
  accountPhone: users.phone,
  accountEmail: users.email,
};

export interface StoredRow {
  id: string;
  sellerId: string;
  kind: 'platform' | 'private';
  source: 'order' | 'demand' | 'manual';
  buyerId: string | null;
  name: string | null;
  company: string | null;
  phone: string | null;
  email: string | null;
  remark: string | null;
  lastOrderAt: Date | null;
  createdAt: Date;
  accountLogin: string | null;
  accountUid: number | null;
  accountName: string | null;
  accountPhone: string | null;
  accountEmail: string | null;
}

/** One of the seller's customers with its account; another seller's id is not found. */
export async function ownCustomer(db: Db, sellerId: string, id: string): Promise<StoredRow> {
  const [r] = await db
    .select(rowColumns)
    .from(customers)
    .leftJoin(users, eq(users.id, customers.buyerId))
    .where(and(eq(customers.id, id), eq(customers.sellerId, sellerId)));
  if (!r) throw notFound('customer');
  return r;
}

export async function tagsOf(db: Db, customerIds: readonly string[]): Promise<Map<string, CustomerTag[]>> {
  const out = new Map<string, CustomerTag[]>();
  if (customerIds.length === 0) return out;
  const rows = await db
    .select({ customerId: customerTagLinks.customerId, id: customerTags.id, name: customerTags.name })
    .from(customerTagLinks)
    .innerJoin(customerTags, eq(customerTags.id, customerTagLinks.tagId))
    .where(inArray(customerTagLinks.customerId, [...customerIds]))
    .orderBy(asc(customerTags.createdAt), asc(customerTags.id));
  for (const r of rows) out.set(r.customerId, [...(out.get(r.customerId) ?? []), { id: r.id, name: r.name }]);
  return out;
}

export interface RowContext {
  tags: Map<string, CustomerTag[]>;
  trade: Map<string, BuyerTrade>;
  consented: Set<string>;
}

/** Tags, trade figures and contact consent for a page of rows: three queries, whatever the page size. */
export async function contextOf(db: Db, sellerId: string, rows: readonly StoredRow[]): Promise<RowContext> {
  const buyerIds = rows.flatMap((r) => (r.buyerId ? [r.buyerId] : []));
  const [tags, trade, consented] = await Promise.all([
    tagsOf(
      db,
      rows.map((r) => r.id),
    ),
    tradeOfBuyers(db, sellerId, buyerIds),
    contactConsentOf(db, sellerId, buyerIds),
  ]);
  return { tags, trade, consented };
}

export function tradeOfRow(r: StoredRow, ctx: RowContext): BuyerTrade {
  return (r.buyerId && ctx.trade.get(r.buyerId)) || noTrade;
}

export function toRow(r: StoredRow, ctx: RowContext): CustomerRow {
  const trade = tradeOfRow(r, ctx);
  const account = r.buyerId ? { phone: r.accountPhone, email: r.accountEmail } : null;
  const lastOrderAt = trade.lastOrderAt ?? r.lastOrderAt;
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    buyerAccount: r.accountLogin,
    buyerUid: r.accountUid,
    // 联系人 "为客户自己维护的账号名称，可能为空"; a private customer's is the seller's record
    contactName: r.buyerId ? r.accountName || null : r.name,
    name: r.name,
    company: r.company,
    lastOrderAt: lastOrderAt?.toISOString() ?? null,
    spendFen: trade.paidFen - trade.refundedFen,
    contact: visibleContact(r, account, r.buyerId !== null && ctx.consented.has(r.buyerId)),
    tags: ctx.tags.get(r.id) ?? [],
    createdAt: r.createdAt.toISOString(),
  };
}
