import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sellers, users } from '../accounts/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 分销设置 (guide 2.3): a product joins the 转售分销计划 with a commission rate of 20–60 % that
 * "当前版本暂不支持修改比例，一旦设置，不可变更". One row per product (the primary key refuses a
 * second setting), the check holds the range, and the trigger in the migration refuses any
 * UPDATE of rate_pct, so not even a stray query can change it.
 */
export const distributionProducts = pgTable(
  'distribution_products',
  {
    productId: text('product_id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    ratePct: integer('rate_pct').notNull(),
    joinedBy: text('joined_by').references(() => users.id),
    joinedAt: ts('joined_at').notNull(),
  },
  (t) => [index('distribution_products_seller_idx').on(t.sellerId, t.joinedAt), check('distribution_products_rate_ck', sql`rate_pct between 20 and 60`)],
);

/**
 * A 转售分销合作伙伴: a marketplace account that joined the reseller programme. code is its
 * referral code; a product's referral link is the product page with ?ref=<code>.
 */
export const resellers = pgTable(
  'resellers',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id),
    code: text('code').notNull(),
    displayName: text('display_name').notNull(),
    status: text('status', { enum: ['active', 'suspended'] })
      .notNull()
      .default('active'),
    joinedAt: ts('joined_at').notNull(),
  },
  (t) => [uniqueIndex('resellers_code_uq').on(t.code)],
);
