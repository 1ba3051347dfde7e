import { bigint, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Double-entry ledger. Accounts are (kind, owner); every transaction's entries sum to zero,
 * so the sum over all accounts is always zero.
 *   buyer_funds      money buyers paid in (negative: the world owes nothing back)
 *   seller_frozen    paid, not yet settled, per seller
 *   seller_available settled, per seller
 *   platform_revenue commission earned by the marketplace
 */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['buyer_funds', 'seller_frozen', 'seller_available', 'platform_revenue', 'reseller_available'] }).notNull(),
    ownerId: text('owner_id').notNull(),
  },
  (t) => [uniqueIndex('ledger_accounts_kind_owner_uq').on(t.kind, t.ownerId)],
);

export const ledgerTxns = pgTable(
  'ledger_txns',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['payment', 'settlement', 'refund', 'clawback', 'bill_payment'] }).notNull(),
    /** the order (for bill_payment: the postpaid bill) this transaction is about; (kind, order) is unique so a replay posts nothing */
    orderId: text('order_id').notNull(),
    sellerId: text('seller_id').notNull(),
    memo: text('memo'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('ledger_txns_kind_order_uq').on(t.kind, t.orderId), index('ledger_txns_seller_idx').on(t.sellerId, t.createdAt)],
);

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: text('id').primaryKey(),
    txnId: text('txn_id')
      .notNull()
      .references(() => ledgerTxns.id),
    accountId: text('account_id')
      .notNull()
      .references(() => ledgerAccounts.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('ledger_entries_account_idx').on(t.accountId, t.createdAt), index('ledger_entries_txn_idx').on(t.txnId)],
);
