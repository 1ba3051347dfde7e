import type { HostingOptions } from '@cloudmart/contracts';
import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sellers, users } from '../accounts/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const reviewStatus = ['not_submitted', 'pending', 'approved', 'rejected'] as const;

/** 产品 Code, short and numeric-looking like the guide's "156" */
export const hostedProductNoSeq = pgSequence('hosted_product_no_seq', { startWith: 101 });

/**
 * 托管产品 (guide 1.2): 基本信息, 架构信息 → 架构审核, 产品托管 options and the three reports → 托管审核.
 * A product that passed both may be linked to one of its seller's listed SaaS products (one to one).
 */
export const hostedProducts = pgTable(
  'hosted_products',
  {
    id: text('id').primaryKey(),
    code: bigint('code', { mode: 'number' })
      .notNull()
      .default(sql`nextval('hosted_product_no_seq')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    name: text('name').notNull(),
    /** 产品形态: "目前仅支持应用软件（SaaS）类商品托管" */
    form: text('form', { enum: ['saas'] }).notNull(),
    description: text('description').notNull(),
    systemArchFileId: text('system_arch_file_id'),
    deployArchFileId: text('deploy_arch_file_id'),
    architectureStatus: text('architecture_status', { enum: reviewStatus }).notNull().default('not_submitted'),
    architectureReason: text('architecture_reason'),
    architectureSubmittedAt: ts('architecture_submitted_at'),
    architectureDecidedAt: ts('architecture_decided_at'),
    options: jsonb('options').$type<HostingOptions>(),
    securityReportFileId: text('security_report_file_id'),
    scanReportFileId: text('scan_report_file_id'),
    loadTestReportFileId: text('load_test_report_file_id'),
    hostingStatus: text('hosting_status', { enum: reviewStatus }).notNull().default('not_submitted'),
    hostingReason: text('hosting_reason'),
    hostingSubmittedAt: ts('hosting_submitted_at'),
    hostingDecidedAt: ts('hosting_decided_at'),
    /** the listed product this hosted product is linked to (云原生产品徽章) */
    linkedProductId: text('linked_product_id'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('hosted_products_code_uq').on(t.code),
    uniqueIndex('hosted_products_linked_uq').on(t.linkedProductId),
    index('hosted_products_seller_idx').on(t.sellerId, t.createdAt),
    index('hosted_products_arch_idx').on(t.architectureStatus, t.architectureSubmittedAt),
    index('hosted_products_hosting_idx').on(t.hostingStatus, t.hostingSubmittedAt),
  ],
);

/** Every submission and decision of both reviews: who, when, what, why. */
export const hostingReviewLogs = pgTable(
  'hosting_review_logs',
  {
    id: text('id').primaryKey(),
    hostedProductId: text('hosted_product_id')
      .notNull()
      .references(() => hostedProducts.id),
    kind: text('kind', { enum: ['architecture', 'hosting'] }).notNull(),
    action: text('action', { enum: ['submitted', 'approved', 'rejected'] }).notNull(),
    reason: text('reason').notNull().default(''),
    actorId: text('actor_id')
      .notNull()
      .references(() => users.id),
    at: ts('at').notNull(),
  },
  (t) => [index('hosting_review_logs_product_idx').on(t.hostedProductId, t.id)],
);
