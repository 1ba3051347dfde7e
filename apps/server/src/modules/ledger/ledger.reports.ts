import type { FinanceSummary, SellerBalance, StatementEntry, StatementQuery } from '@cloudmart/contracts';
import { and, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { beijingMonthStart } from '../../platform/beijing-time.js';
import type { Db } from '../../platform/db/client.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { orders } from '../orders/index.js';
import { ledgerAccounts, ledgerEntries, ledgerTxns } from './ledger.tables.js';

const sumOf = (kind: (typeof ledgerAccounts.$inferSelect)['kind']) =>
  sql<number>`coalesce(sum(${ledgerEntries.amountFen}) filter (where ${ledgerAccounts.kind} = ${kind}), 0)`.mapWith(Number);

export async function sellerBalance(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string): Promise<SellerBalance> {
  const [balances] = await deps.db
    .select({ frozenFen: sumOf('seller_frozen'), availableFen: sumOf('seller_available') })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(and(eq(ledgerAccounts.ownerId, sellerId), inArray(ledgerAccounts.kind, ['seller_frozen', 'seller_available'])));
  const [month] = await deps.db
    .select({ frozenReleasedFen: sumOf('seller_frozen'), commissionFen: sumOf('platform_revenue') })
    .from(ledgerTxns)
    .innerJoin(ledgerEntries, eq(ledgerEntries.txnId, ledgerTxns.id))
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(and(eq(ledgerTxns.sellerId, sellerId), eq(ledgerTxns.kind, 'settlement'), gte(ledgerTxns.createdAt, beijingMonthStart(deps.clock.now()))));
  return {
    frozenFen: balances?.frozenFen ?? 0,
    availableFen: balances?.availableFen ?? 0,
    // settlement debits the frozen account, so what was settled is minus that sum
    settledThisMonthFen: 0 - (month?.frozenReleasedFen ?? 0),
    commissionThisMonthFen: month?.commissionFen ?? 0,
  };
}

type Filters = Omit<StatementQuery, 'page' | 'pageSize'>;

/**
 * The seller's entries with each account's running balance. The window runs over the whole
 * account history before the filters apply, so balanceAfterFen is right on every page.
 */
function statementRows(db: Db, sellerId: string) {
  return db
    .select({
      id: ledgerEntries.id,
      txnId: ledgerEntries.txnId,
      accountKind: ledgerAccounts.kind,
      amountFen: ledgerEntries.amountFen,
      createdAt: ledgerEntries.createdAt,
      balanceAfterFen:
        sql<number>`sum(${ledgerEntries.amountFen}) over (partition by ${ledgerEntries.accountId} order by ${ledgerEntries.createdAt}, ${ledgerEntries.id})`.as(
          'balance_after_fen',
        ),
    })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(and(eq(ledgerAccounts.ownerId, sellerId), inArray(ledgerAccounts.kind, ['seller_frozen', 'seller_available'])))
    .as('s');
}

type Rows = ReturnType<typeof statementRows>;

function whereOf(s: Rows, f: Filters): SQL | undefined {
  return and(
    f.kind ? eq(ledgerTxns.kind, f.kind) : undefined,
    f.account ? eq(s.accountKind, f.account === 'frozen' ? 'seller_frozen' : 'seller_available') : undefined,
    f.from ? gte(s.createdAt, new Date(f.from)) : undefined,
    f.to ? lte(s.createdAt, new Date(f.to)) : undefined,
  );
}

async function statementPage(db: Db, sellerId: string, f: Filters, limit: number, offset: number): Promise<StatementEntry[]> {
  const s = statementRows(db, sellerId);
  const rows = await db
    .select({
      id: s.id,
      txnId: s.txnId,
      kind: ledgerTxns.kind,
      accountKind: s.accountKind,
      orderId: ledgerTxns.orderId,
      orderNo: orders.orderNo,
      amountFen: s.amountFen,
      balanceAfterFen: s.balanceAfterFen,
      createdAt: s.createdAt,
    })
    .from(s)
    .innerJoin(ledgerTxns, eq(ledgerTxns.id, s.txnId))
    .leftJoin(orders, eq(orders.id, ledgerTxns.orderId))
    .where(whereOf(s, f))
    .orderBy(desc(s.createdAt), desc(s.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({
    id: r.id,
    txnId: r.txnId,
    kind: r.kind,
    account: r.accountKind === 'seller_frozen' ? 'frozen' : 'available',
    orderId: r.orderId,
    orderNo: r.orderNo === null ? null : String(r.orderNo),
    // sum() of bigint is numeric, which the drivers hand back as a string
    amountFen: Number(r.amountFen),
    balanceAfterFen: Number(r.balanceAfterFen),
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function sellerStatement(deps: Pick<Deps, 'db'>, sellerId: string, q: StatementQuery): Promise<Page<StatementEntry>> {
  const s = statementRows(deps.db, sellerId);
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(s).innerJoin(ledgerTxns, eq(ledgerTxns.id, s.txnId)).where(whereOf(s, q));
  const items = await statementPage(deps.db, sellerId, q, q.pageSize, offsetOf(q));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Batches for the CSV export, newest first like the list, never all rows at once. */
export async function* exportStatement(db: Db, sellerId: string, f: Filters, batch = 1000): AsyncGenerator<StatementEntry[]> {
  for (let offset = 0; ; offset += batch) {
    const rows = await statementPage(db, sellerId, f, batch, offset);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
  }
}

/** Operator health figures: every balance kind across all owners, and the global sum (0). */
export async function financeSummary(deps: Pick<Deps, 'db'>): Promise<FinanceSummary> {
  const [r] = await deps.db
    .select({
      platformRevenueFen: sumOf('platform_revenue'),
      sellerFrozenFen: sumOf('seller_frozen'),
      sellerAvailableFen: sumOf('seller_available'),
      resellerAvailableFen: sumOf('reseller_available'),
      buyerFundsFen: sumOf('buyer_funds'),
      globalSumFen: sql<number>`coalesce(sum(${ledgerEntries.amountFen}), 0)`.mapWith(Number),
    })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId));
  const s = r ?? { platformRevenueFen: 0, sellerFrozenFen: 0, sellerAvailableFen: 0, resellerAvailableFen: 0, buyerFundsFen: 0, globalSumFen: 0 };
  return { ...s, balanced: s.globalSumFen === 0 };
}
