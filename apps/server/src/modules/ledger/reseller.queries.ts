import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.js';
import { orders } from '../orders/index.js';
import { ledgerAccounts, ledgerEntries, ledgerTxns } from './ledger.tables.js';

/**
 * Read-only figures of the resellers' accounts (reseller_available), for the distribution
 * module's consoles: the ledger is the one record of what was paid and clawed back, so the
 * consoles never keep a second copy of a commission.
 */

const resellerAmount = sql<number>`coalesce(sum(${ledgerEntries.amountFen}), 0)`.mapWith(Number);

export interface OrderCommission {
  /** what the settlement paid the reseller (0 before settlement) */
  settledFen: number;
  /** what refunds after settlement took back, positive */
  clawedBackFen: number;
}

/**
 * The reseller commission posted for each order: its settlement's reseller entry, and the
 * clawbacks of the refund orders against it. Orders with nothing posted are absent.
 */
export async function resellerCommissionsOfOrders(db: Db, orderIds: readonly string[]): Promise<Map<string, OrderCommission>> {
  const out = new Map<string, OrderCommission>();
  if (orderIds.length === 0) return out;
  const ids = [...new Set(orderIds)];
  const refundOrder = alias(orders, 'refund_order');
  const rows = await db
    .select({
      orderId: sql<string>`coalesce(${refundOrder.parentOrderId}, ${ledgerTxns.orderId})`,
      kind: ledgerTxns.kind,
      fen: resellerAmount,
    })
    .from(ledgerTxns)
    .innerJoin(ledgerEntries, eq(ledgerEntries.txnId, ledgerTxns.id))
    .innerJoin(ledgerAccounts, and(eq(ledgerAccounts.id, ledgerEntries.accountId), eq(ledgerAccounts.kind, 'reseller_available')))
    .leftJoin(refundOrder, and(eq(refundOrder.id, ledgerTxns.orderId), eq(ledgerTxns.kind, 'clawback')))
    .where(
      or(
        and(eq(ledgerTxns.kind, 'settlement'), inArray(ledgerTxns.orderId, ids)),
        and(eq(ledgerTxns.kind, 'clawback'), inArray(refundOrder.parentOrderId, ids)),
      ),
    )
    .groupBy(sql`1`, ledgerTxns.kind);
  for (const r of rows) {
    const c = out.get(r.orderId) ?? { settledFen: 0, clawedBackFen: 0 };
    if (r.kind === 'settlement') c.settledFen += r.fen;
    else c.clawedBackFen -= r.fen;
    out.set(r.orderId, c);
  }
  return out;
}

export interface ResellerEntry {
  kind: 'settlement' | 'clawback';
  /** the distribution order (for a clawback: the order its refund was against) */
  orderId: string;
  /** signed: + a settlement's commission, − a clawback */
  amountFen: number;
  at: Date;
}

/** Every posting on one reseller's account, oldest first (monthly statements are built from them). */
export async function resellerEntries(db: Db, resellerId: string): Promise<ResellerEntry[]> {
  const refundOrder = alias(orders, 'refund_order');
  const rows = await db
    .select({
      kind: ledgerTxns.kind,
      orderId: sql<string>`coalesce(${refundOrder.parentOrderId}, ${ledgerTxns.orderId})`,
      amountFen: ledgerEntries.amountFen,
      at: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .innerJoin(ledgerTxns, eq(ledgerTxns.id, ledgerEntries.txnId))
    .leftJoin(refundOrder, and(eq(refundOrder.id, ledgerTxns.orderId), eq(ledgerTxns.kind, 'clawback')))
    .where(and(eq(ledgerAccounts.kind, 'reseller_available'), eq(ledgerAccounts.ownerId, resellerId)))
    .orderBy(asc(ledgerEntries.createdAt), asc(ledgerEntries.id));
  return rows.flatMap((r) =>
    r.kind === 'settlement' || r.kind === 'clawback' ? [{ kind: r.kind, orderId: r.orderId, amountFen: Number(r.amountFen), at: r.at }] : [],
  );
}

export interface ResellerAccountTotals {
  resellerId: string;
  settledFen: number;
  /** positive */
  clawedBackFen: number;
  balanceFen: number;
}

/** Totals per reseller account (all of them, or the ones named), for the operator's platform finance. */
export async function resellerAccountTotals(db: Db, resellerIds?: readonly string[]): Promise<Map<string, ResellerAccountTotals>> {
  const out = new Map<string, ResellerAccountTotals>();
  if (resellerIds && resellerIds.length === 0) return out;
  const rows = await db
    .select({
      resellerId: ledgerAccounts.ownerId,
      settledFen: sql<number>`coalesce(sum(${ledgerEntries.amountFen}) filter (where ${ledgerTxns.kind} = 'settlement'), 0)`.mapWith(Number),
      clawedFen: sql<number>`coalesce(sum(${ledgerEntries.amountFen}) filter (where ${ledgerTxns.kind} = 'clawback'), 0)`.mapWith(Number),
      balanceFen: resellerAmount,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .innerJoin(ledgerTxns, eq(ledgerTxns.id, ledgerEntries.txnId))
    .where(and(eq(ledgerAccounts.kind, 'reseller_available'), resellerIds ? inArray(ledgerAccounts.ownerId, [...resellerIds]) : undefined))
    .groupBy(ledgerAccounts.ownerId);
  for (const r of rows) out.set(r.resellerId, { resellerId: r.resellerId, settledFen: r.settledFen, clawedBackFen: -r.clawedFen, balanceFen: r.balanceFen });
  return out;
}
