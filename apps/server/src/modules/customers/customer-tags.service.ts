import type { CustomerDetail, CustomerTag } from '@cloudmart/contracts';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { getCustomerDetail } from './customer-detail.service.js';
import { customers, customerTagLinks, customerTags } from './customers.tables.js';

type D = Pick<Deps, 'db' | 'clock'>;

/** 客户标签: the seller's tag dictionary, oldest first. */
export async function listTags(deps: Pick<Deps, 'db'>, sellerId: string): Promise<CustomerTag[]> {
  return deps.db
    .select({ id: customerTags.id, name: customerTags.name })
    .from(customerTags)
    .where(eq(customerTags.sellerId, sellerId))
    .orderBy(asc(customerTags.createdAt), asc(customerTags.id));
}

/** A tag of up to 20 characters, its name unique within the seller (name_taken otherwise). */
export async function createTag(deps: D, sellerId: string, name: string): Promise<CustomerTag> {
  const id = newId('ctg', deps.clock.now());
  try {
    await deps.db.insert(customerTags).values({ id, sellerId, name, createdAt: deps.clock.now() });
  } catch (err) {
    if (isUniqueViolation(err, 'customer_tags_name_uq')) throw new DomainError('name_taken', 'the seller already has a tag with that name');
    throw err;
  }
  return { id, name };
}

/** Deleting a tag takes it off every customer (the links cascade). */
export async function deleteTag(deps: Pick<Deps, 'db'>, sellerId: string, id: string): Promise<void> {
  const gone = await deps.db
    .delete(customerTags)
    .where(and(eq(customerTags.id, id), eq(customerTags.sellerId, sellerId)))
    .returning({ id: customerTags.id });
  if (gone.length === 0) throw notFound('tag');
}

/** Every id must be one of this seller's (customers or tags): one foreign or unknown id is not found for the whole request. */
async function assertOwn(tx: Db, sellerId: string, what: 'customer' | 'tag', ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const t = what === 'customer' ? customers : customerTags;
  const [{ n } = { n: 0 }] = await tx
    .select({ n: count() })
    .from(t)
    .where(and(inArray(t.id, [...ids]), eq(t.sellerId, sellerId)));
  if (n !== ids.length) throw notFound(what);
}

/** 为单个客户设置标签: the customer's tags become exactly these. */
export async function setCustomerTags(deps: D, sellerId: string, customerId: string, tagIds: readonly string[]): Promise<CustomerDetail> {
  const now = deps.clock.now();
  const tags = [...new Set(tagIds)];
  await deps.db.transaction(async (tx) => {
    await assertOwn(tx, sellerId, 'customer', [customerId]);
    await assertOwn(tx, sellerId, 'tag', tags);
    await tx.delete(customerTagLinks).where(eq(customerTagLinks.customerId, customerId));
    if (tags.length) await tx.insert(customerTagLinks).values(tags.map((tagId) => ({ customerId, tagId, createdAt: now })));
  });
  return getCustomerDetail(deps, sellerId, customerId);
}

/**
 * 批量添加标签: add the tags to each customer (tags they already have stay once). All or nothing: one
 * customer or tag that is not this seller's fails the whole batch with 404 and changes nothing.
 */
export async function batchTagCustomers(deps: D, sellerId: string, customerIds: readonly string[], tagIds: readonly string[]): Promise<{ updated: number }> {
  const now = deps.clock.now();
  const ids = [...new Set(customerIds)];
  const tags = [...new Set(tagIds)];
  await deps.db.transaction(async (tx) => {
    await assertOwn(tx, sellerId, 'customer', ids);
    await assertOwn(tx, sellerId, 'tag', tags);
    await tx
      .insert(customerTagLinks)
      .values(ids.flatMap((customerId) => tags.map((tagId) => ({ customerId, tagId, createdAt: now }))))
      .onConflictDoNothing();
  });
  return { updated: ids.length };
}
