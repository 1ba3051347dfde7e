import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgSequence, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sellers, users } from '../accounts/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const demandNoSeq = pgSequence('demand_no_seq', { startWith: 100000000001 });

/**
 * 需求 (guide 4): what a buyer wants, posted by the buyer (云市场), raised by an operator on the
 * buyer's behalf (小二代提) or by a seller (服务商代提). A demand is worked by at most one seller
 * at a time (its live lead); when that lead is rejected, expires, or is terminated the demand is
 * open again for routing. Ordinary marketplace demands enter the pool (商机广场) on the hour:
 * pool_at is the first full hour at or after created_at ("需求列表每整点更新一次").
 */
export const demands = pgTable(
  'demands',
  {
    id: text('id').primaryKey(),
    /** 需求编号 shown to people: a 12-digit number from a sequence */
    demandNo: bigint('demand_no', { mode: 'number' })
      .notNull()
      .default(sql`nextval('demand_no_seq')`),
    buyerId: text('buyer_id')
      .notNull()
      .references(() => users.id),
    source: text('source', { enum: ['marketplace', 'operator', 'seller'] }).notNull(),
    category: text('category', { enum: ['ordinary', 'directed'] }).notNull(),
    /** directed demands: the chosen seller */
    directedSellerId: text('directed_seller_id').references(() => sellers.id),
    /** who raised it on the buyer's behalf (operator or seller user) */
    raisedBy: text('raised_by').references(() => users.id),
    type: text('type').notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    content: text('content'),
    region: text('region').notNull(),
    budget: text('budget').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    /** open: no live lead (pool or routing); taken: a live lead; won: a proposal paid; closed: cancelled by the buyer or closed by the operator */
    status: text('status', { enum: ['open', 'taken', 'won', 'closed'] })
      .notNull()
      .default('open'),
    /** whether sellers see it in 商机广场 (ordinary marketplace demands); others wait for the operator's routing */
    pooled: boolean('pooled').notNull(),
    poolAt: ts('pool_at').notNull(),
    closeReason: text('close_reason'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    wonAt: ts('won_at'),
    closedAt: ts('closed_at'),
  },
  (t) => [
    uniqueIndex('demands_no_uq').on(t.demandNo),
    index('demands_pool_idx').on(t.status, t.pooled, t.poolAt),
    index('demands_buyer_idx').on(t.buyerId, t.createdAt),
    check('demands_directed_ck', sql`(category = 'directed') = (directed_seller_id is not null)`),
  ],
);

/**
 * A demand in one seller's hands (商机管理 row). pending (待响应: assigned or directed, answer
 * within 24 h, answer_due_at) → following (跟进中) → won (已成交); or rejected / expired (the
 * miss recorded against the seller) / terminated (终止服务). A grab from the pool starts at
 * following. At most one live (pending or following) lead per demand: the partial unique
 * index makes two sellers grabbing one demand end with one owner.
 */
export const leads = pgTable(
  'leads',
  {
    id: text('id').primaryKey(),
    demandId: text('demand_id')
      .notNull()
      .references(() => demands.id),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    via: text('via', { enum: ['grab', 'assign', 'match', 'directed'] }).notNull(),
    status: text('status', { enum: ['pending', 'following', 'won', 'rejected', 'expired', 'terminated'] }).notNull(),
    assignedAt: ts('assigned_at').notNull(),
    answerDueAt: ts('answer_due_at'),
    acceptedAt: ts('accepted_at'),
    /** 接受需求: the seller's contact phone */
    contactPhone: text('contact_phone'),
    reasonType: text('reason_type'),
    reason: text('reason'),
    /** 备注 (设置备注): the seller's own remark */
    remark: text('remark'),
    assignedBy: text('assigned_by').references(() => users.id),
    endedAt: ts('ended_at'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('leads_live_uq')
      .on(t.demandId)
      .where(sql`status in ('pending', 'following')`),
    index('leads_seller_idx').on(t.sellerId, t.assignedAt),
    index('leads_due_idx').on(t.status, t.answerDueAt),
    check('leads_due_ck', sql`status <> 'pending' or answer_due_at is not null`),
  ],
);

/**
 * 抢单 log, append-only. seq numbers a seller's grabs of one Beijing day from 1 to 5: the unique
 * index and the check make "每天可抢5个需求" hold however many grabs race.
 */
export const leadGrabs = pgTable(
  'lead_grabs',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    /** the Beijing calendar day, YYYY-MM-DD */
    day: text('day').notNull(),
    seq: integer('seq').notNull(),
    demandId: text('demand_id').notNull(),
    leadId: text('lead_id').notNull(),
    userId: text('user_id').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('lead_grabs_seq_uq').on(t.sellerId, t.day, t.seq), check('lead_grabs_seq_ck', sql`seq between 1 and 5`)],
);

/** 沟通小记: after a call a note is required (是否接通, 项目进度, 交流内容). */
export const leadNotes = pgTable(
  'lead_notes',
  {
    id: text('id').primaryKey(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    connected: boolean('connected').notNull(),
    stage: text('stage', { enum: ['understand', 'clarify', 'price', 'contract', 'ready'] }).notNull(),
    content: text('content').notNull(),
    /** the call this note records, if any */
    callId: text('call_id'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('lead_notes_lead_idx').on(t.leadId, t.createdAt)],
);

/** 操作记录: every action on a demand and its leads, append-only. */
export const leadLogs = pgTable(
  'lead_logs',
  {
    id: text('id').primaryKey(),
    demandId: text('demand_id')
      .notNull()
      .references(() => demands.id),
    leadId: text('lead_id'),
    /** null: the system (sweeps, matching) */
    actorId: text('actor_id'),
    actorRole: text('actor_role', { enum: ['buyer', 'seller', 'operator', 'system'] }).notNull(),
    action: text('action').notNull(),
    detail: text('detail'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('lead_logs_demand_idx').on(t.demandId, t.createdAt)],
);

/** 联系小二: the thread between the seller working an operator-raised demand and the operators. */
export const leadMessages = pgTable(
  'lead_messages',
  {
    id: text('id').primaryKey(),
    demandId: text('demand_id')
      .notNull()
      .references(() => demands.id),
    leadId: text('lead_id').references(() => leads.id),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    fromRole: text('from_role', { enum: ['seller', 'operator'] }).notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('lead_messages_demand_idx').on(t.demandId, t.createdAt)],
);

/**
 * 方案: sent to the buyer as soon as it is created ("方案配置后，会直接发送给用户"). sent → paid
 * when the buyer pays it (all its active quotes become orders carrying lead and proposal ids);
 * the lead is then won.
 */
export const proposals = pgTable(
  'proposals',
  {
    id: text('id').primaryKey(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id),
    demandId: text('demand_id')
      .notNull()
      .references(() => demands.id),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    buyerId: text('buyer_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** 方案合同: a file of the files module (PDF/Word/image) */
    contractFileId: text('contract_file_id'),
    remark: text('remark'),
    status: text('status', { enum: ['sent', 'paying', 'paid'] })
      .notNull()
      .default('sent'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    paidAt: ts('paid_at'),
  },
  (t) => [index('proposals_lead_idx').on(t.leadId, t.createdAt), index('proposals_buyer_idx').on(t.buyerId, t.createdAt)],
);

/**
 * 报价单: product + spec + term + quantity at an adjusted price, a snapshot taken when sent (names
 * and list price copied). Changed only by revoking it and adding another ("如何修改报价单").
 */
export const proposalQuotes = pgTable(
  'proposal_quotes',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    productId: text('product_id').notNull(),
    specId: text('spec_id').notNull(),
    productName: text('product_name').notNull(),
    productType: text('product_type').notNull(),
    specName: text('spec_name').notNull(),
    durationUnit: text('duration_unit', { enum: ['month', 'year', 'day'] }).notNull(),
    duration: integer('duration').notNull(),
    quantity: integer('quantity').notNull(),
    listPriceFen: bigint('list_price_fen', { mode: 'number' }).notNull(),
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['active', 'revoked'] })
      .notNull()
      .default('active'),
    /** the order placed for this quote when the proposal was paid */
    orderId: text('order_id'),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    index('proposal_quotes_proposal_idx').on(t.proposalId),
    check('proposal_quotes_price_ck', sql`price_fen > 0 and list_price_fen >= 0 and quantity >= 1 and duration >= 1`),
  ],
);
