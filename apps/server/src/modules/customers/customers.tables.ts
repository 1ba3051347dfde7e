import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sellers, users } from '../accounts/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 客户中心 (guide 2.8). 平台客户 "在云市场购买过您的商品，或向您提过需求或商机的客户…由系统为您自动添加"
 * (buyer_id set, one row per seller and buyer); 私有客户 "您自己的客户资源…由您添加", which "如果客户未来在
 * 云市场产生交易，则可与其阿里云账号关联" — linking sets buyer_id and, when the buyer is already a platform
 * customer, merges the private row into that one. name/company/phone/email/remark are the seller's own
 * record (编辑信息); a platform buyer's account contact is shown only where the buyer consented.
 */
export const customers = pgTable(
  'customers',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    kind: text('kind', { enum: ['platform', 'private'] }).notNull(),
    buyerId: text('buyer_id').references(() => users.id),
    /** how a platform customer first arrived: a paid order or a demand/lead */
    source: text('source', { enum: ['order', 'demand', 'manual'] }).notNull(),
    name: text('name'),
    company: text('company'),
    /** the seller's own record of a private customer's phone and e-mail */
    phone: text('phone'),
    email: text('email'),
    remark: text('remark'),
    lastOrderAt: ts('last_order_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    linkedAt: ts('linked_at'),
  },
  (t) => [
    uniqueIndex('customers_seller_buyer_uq')
      .on(t.sellerId, t.buyerId)
      .where(sql`buyer_id is not null`),
    index('customers_seller_idx').on(t.sellerId, t.kind, t.lastOrderAt),
    check('customers_platform_ck', sql`kind = 'private' or buyer_id is not null`),
  ],
);

/** 客户标签: a seller's tag dictionary. */
export const customerTags = pgTable(
  'customer_tags',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('customer_tags_name_uq').on(t.sellerId, t.name)],
);

export const customerTagLinks = pgTable(
  'customer_tag_links',
  {
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    tagId: text('tag_id')
      .notNull()
      .references(() => customerTags.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.tagId] }), index('customer_tag_links_tag_idx').on(t.tagId)],
);
