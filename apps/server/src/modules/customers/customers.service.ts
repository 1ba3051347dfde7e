import type { CustomerDetail, EditCustomerBody, PrivateCustomerBody } from '@cloudmart/contracts';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { lastPurchaseAt } from '../orders/index.js';
import { getCustomerDetail } from './customer-detail.service.js';
import { mergedRecord } from './customer-rules.js';
import { customers, customerTagLinks } from './customers.tables.js';

type D = Pick<Deps, 'db' | 'clock'>;

const orNull = (s: string | undefined) => (s === undefined || s === '' ? null : s);

/** 添加用户 on the 私有客户 tab: "您自己的客户资源…由您添加客户信息至客户中心". */
export async function addPrivateCustomer(deps: D, sellerId: string, b: PrivateCustomerBody): Promise<CustomerDetail> {
  const now = deps.clock.now();
  const id = newId('cus', now);
  await deps.db.insert(customers).values({
    id,
    sellerId,
    kind: 'private',
    source: 'manual',
    name: b.name,
    company: orNull(b.company),
    phone: orNull(b.phone),
    email: orNull(b.email),
    remark: orNull(b.remark),
    createdAt: now,
    updatedAt: now,
  });
  return getCustomerDetail(deps, sellerId, id);
}

/**
 * 编辑信息: the seller's own record of any customer (an omitted field stays, an empty text clears it,
 * phone/e-mail clear with null). It never touches the buyer's account.
 */
export async function editCustomer(deps: D, sellerId: string, id: string, b: EditCustomerBody): Promise<CustomerDetail> {
  const set: Partial<typeof customers.$inferInsert> = { updatedAt: deps.clock.now() };
  if (b.name !== undefined) set.name = orNull(b.name);
  if (b.company !== undefined) set.company = orNull(b.company);
  if (b.remark !== undefined) set.remark = orNull(b.remark);
  if (b.phone !== undefined) set.phone = b.phone;
  if (b.email !== undefined) set.email = b.email;
  const [row] = await deps.db
    .select({ kind: customers.kind })
    .from(customers)
    .where(and(eq(customers.id, id), eq(customers.sellerId, sellerId)));
  if (!row) throw notFound('customer');
  // a private customer is known by the name the seller gave it: it cannot be cleared
  if (row.kind === 'private' && b.name !== undefined && !b.name) throw new DomainError('validation_failed', 'a private customer needs a name');
  await deps.db
    .update(customers)
    .set(set)
    .where(and(eq(customers.id, id), eq(customers.sellerId, sellerId)));
  return getCustomerDetail(deps, sellerId, id);
}

/** Delete a private customer (with its tags). Platform customers come from the marketplace and stay. */
export async function deletePrivateCustomer(deps: D, sellerId: string, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ kind: customers.kind })
      .from(customers)
      .where(and(eq(customers.id, id), eq(customers.sellerId, sellerId)))
      .for('update');
    if (!row) throw notFound('customer');
    if (row.kind !== 'private') throw new DomainError('customer_not_private', 'only a private customer can be deleted');
    await tx.delete(customers).where(eq(customers.id, id));
  });
}

/**
 * 关联账号 (guide 2.8 私有客户关联为平台客户 "将该客户关联为平台客户，对客户进行统一管理"): the private customer
 * becomes a platform customer of that account. If the seller already has that account as a platform
 * customer, the two are merged into the platform row (mergedRecord; tags united) and the private row
 * is deleted — the reply is the surviving customer, whose id may differ from the one linked. A row
 * the ORDER_PAID handler inserts for the same account meanwhile makes the first try fail on the
 * unique (seller, buyer) index; the second try then merges.
 */
export async function linkCustomer(deps: D, sellerId: string, id: string, loginName: string): Promise<CustomerDetail> {
  const [buyer] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.loginName}) = lower(${loginName})`, eq(users.kind, 'buyer'), isNull(users.sellerId), eq(users.status, 'active')));
  for (let attempt = 0; ; attempt++) {
    try {
      const survivor = await deps.db.transaction((tx) => linkOnce(tx, deps.clock.now(), sellerId, id, buyer?.id ?? null));
      return getCustomerDetail(deps, sellerId, survivor);
    } catch (err) {
      if (attempt === 0 && isUniqueViolation(err, 'customers_seller_buyer_uq')) continue;
      throw err;
    }
  }
}

async function linkOnce(tx: Db, now: Date, sellerId: string, id: string, buyerId: string | null): Promise<string> {
  const [priv] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), eq(customers.sellerId, sellerId)))
    .for('update');
  if (!priv) throw notFound('customer');
  if (priv.buyerId !== null) throw new DomainError('customer_already_linked', 'the customer already has an account');
  if (!buyerId) throw new DomainError('buyer_account_unknown', 'no buyer account has that login name');
  const [platform] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.sellerId, sellerId), eq(customers.buyerId, buyerId)))
    .for('update');
  if (!platform) {
    await tx
      .update(customers)
      .set({ kind: 'platform', buyerId, linkedAt: now, updatedAt: now, lastOrderAt: await lastPurchaseAt(tx, sellerId, buyerId) })
      .where(eq(customers.id, id));
    return id;
  }
  await tx
    .update(customers)
    .set({ ...mergedRecord(platform, priv), linkedAt: now, updatedAt: now })
    .where(eq(customers.id, platform.id));
  await tx.execute(
    sql`insert into ${customerTagLinks} (customer_id, tag_id, created_at) select ${platform.id}, tag_id, created_at from ${customerTagLinks} where customer_id = ${id} on conflict do nothing`,
  );
  await tx.delete(customers).where(eq(customers.id, id));
  return platform.id;
}
