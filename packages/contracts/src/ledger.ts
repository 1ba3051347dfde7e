import { z } from 'zod';

/** Double-entry ledger (DOMAIN 2.1 settlement, 2.2–2.3 commission). Money is integer fen. */
export const ledgerAccountKinds = ['buyer_funds', 'seller_frozen', 'seller_available', 'platform_revenue', 'reseller_available'] as const;
export const ledgerTxnKinds = ['payment', 'settlement', 'refund', 'clawback', 'bill_payment'] as const;
/** the two accounts a seller owns: paid-but-unsettled money and settled money */
export const sellerLedgerAccounts = ['frozen', 'available'] as const;
export type LedgerAccountKind = (typeof ledgerAccountKinds)[number];
export type LedgerTxnKind = (typeof ledgerTxnKinds)[number];
export type SellerLedgerAccount = (typeof sellerLedgerAccounts)[number];

const isoDate = z.iso.datetime({ offset: true });

/**
 * GET /seller/finance/balance. The month is the calendar month in Beijing time.
 * settledThisMonthFen is the gross amount of orders settled this month; the seller received
 * settledThisMonthFen − commissionThisMonthFen into the available balance.
 */
export const sellerBalanceSchema = z.object({
  frozenFen: z.number().int(),
  availableFen: z.number().int(),
  settledThisMonthFen: z.number().int(),
  commissionThisMonthFen: z.number().int(),
});
export type SellerBalance = z.infer<typeof sellerBalanceSchema>;

/** GET /seller/finance/statement (and statement.csv without page/pageSize). */
export const statementQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  kind: z.enum(ledgerTxnKinds).optional(),
  account: z.enum(sellerLedgerAccounts).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type StatementQuery = z.infer<typeof statementQuery>;

/** One movement on one of the seller's accounts; amountFen is signed (+ in, − out). */
export const statementEntrySchema = z.object({
  id: z.string(),
  txnId: z.string(),
  kind: z.enum(ledgerTxnKinds),
  account: z.enum(sellerLedgerAccounts),
  orderId: z.string(),
  /** null when the order row is gone or unknown */
  orderNo: z.string().nullable(),
  amountFen: z.number().int(),
  /** the account's balance right after this entry */
  balanceAfterFen: z.number().int(),
  createdAt: z.string(),
});
export type StatementEntry = z.infer<typeof statementEntrySchema>;

/**
 * GET /operator/finance/summary. Balances as the ledger stores them: buyer funds are
 * negative (money that came in from outside). globalSumFen must be 0; anything else is a bug.
 */
export const financeSummarySchema = z.object({
  platformRevenueFen: z.number().int(),
  sellerFrozenFen: z.number().int(),
  sellerAvailableFen: z.number().int(),
  resellerAvailableFen: z.number().int(),
  buyerFundsFen: z.number().int(),
  globalSumFen: z.number().int(),
  balanced: z.boolean(),
});
export type FinanceSummary = z.infer<typeof financeSummarySchema>;
