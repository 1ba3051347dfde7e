import type { LedgerTxnKind } from '@cloudmart/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { timestamptz } from '../../platform/db/timestamptz.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { rowsOf } from '../../platform/scheduler.js';
import type { Deps } from '../../platform/module.js';
import { categories, products } from '../catalog/index.js';
import { orders, type OrderPaid } from '../orders/index.js';
import { ledgerAccounts, ledgerEntries, ledgerTxns } from './ledger.tables.js';
import {
  assertBalanced,
  billPaymentPostings,
  DEFAULT_COMMISSION_BP,
  clawbackPostings,
  paymentPostings,
  refundPostings,
  type AccountRef,
  type Posting,
} from './postings.js';

export interface TxnDraft {
  orderId: string;
  sellerId: string;
  entries: Posting[];
  at: Date;
  memo?: string;
}

const keyOf = (a: AccountRef) => `${a.kind}\u0000${a.ownerId}`;

/** How often postMany runs again when an account it needs was created by another transaction after its snapshot. */
const ACCOUNT_RACE_RETRIES = 3;

/**
 * Post many transactions of one kind, each in one statement (issue 17 item 10: it was five with
 * the begin and commit around it). Idempotent: the unique (kind, order) index decides; a
 * transaction that already exists posts nothing (its entries are written only for txn rows this
 * call inserted). Returns how many were posted.
 *
 * The statement creates the missing (kind, owner) accounts, takes the others from the table,
 * and inserts a transaction with its entries only when every one of its accounts was found, so
 * it is atomic on its own and needs no surrounding transaction. An account another transaction
 * created after the statement's snapshot is in neither (ON CONFLICT DO NOTHING waited for that
 * transaction's commit); its transaction is then left out and the statement runs again, with a
 * snapshot that sees the account (READ COMMITTED, which every caller runs in).
 */
export async function postMany(tx: Db, kind: LedgerTxnKind, drafts: readonly TxnDraft[]): Promise<number> {
  const byOrder = new Map<string, TxnDraft>();
  for (const d of drafts) {
    assertBalanced(d.entries);
    if (d.entries.length === 0) throw new Error(`empty ${kind} transaction for order ${d.orderId}`);
    if (!byOrder.has(d.orderId)) byOrder.set(d.orderId, d);
  }
  if (byOrder.size === 0) return 0;
  const list = [...byOrder.values()];
  const refs = [...new Map(list.flatMap((d) => d.entries.map((e) => [keyOf(e.account), { ...e.account, at: d.at }] as const))).values()];
  const owners = [...new Set(refs.map((r) => r.ownerId))];
  const txnRows = list.map((d) => sql`(${newId('ltx', d.at)}, ${d.orderId}, ${d.sellerId}, ${d.memo ?? null}, ${timestamptz(d.at)})`);
  const entryRows = list.flatMap((d) =>
    d.entries.map((e) => sql`(${newId('len', d.at)}, ${d.orderId}, ${e.account.kind}, ${e.account.ownerId}, ${e.amountFen}::bigint, ${timestamptz(d.at)})`),
  );
  let posted = 0;
  for (let attempt = 1; ; attempt++) {
    const accountRows = refs.map((r) => sql`(${newId('lac', r.at)}, ${r.kind}, ${r.ownerId})`);
    const result = await tx.execute(sql`with
      draft_txn (id, order_id, seller_id, memo, created_at) as (values ${sql.join(txnRows, sql`, `)}),
      draft_entry (id, order_id, kind, owner_id, amount_fen, created_at) as (values ${sql.join(entryRows, sql`, `)}),
      created as (
        insert into ${ledgerAccounts} (id, kind, owner_id) values ${sql.join(accountRows, sql`, `)}
        on conflict (kind, owner_id) do nothing returning id, kind, owner_id),
      accounts as (
        select id, kind, owner_id from created
        union all select id, kind, owner_id from ${ledgerAccounts} where owner_id in (${sql.join(
          owners.map((o) => sql`${o}`),
          sql`, `,
        )})),
      ready as (
        select t.* from draft_txn t where not exists (
          select 1 from draft_entry e where e.order_id = t.order_id
            and not exists (select 1 from accounts a where a.kind = e.kind and a.owner_id = e.owner_id))),
      txn as (
        insert into ${ledgerTxns} (id, kind, order_id, seller_id, memo, created_at)
        select id, ${kind}, order_id, seller_id, memo, created_at from ready
        on conflict (kind, order_id) do nothing returning id, order_id),
      entries as (
        insert into ${ledgerEntries} (id, txn_id, account_id, amount_fen, created_at)
        select e.id, txn.id, a.id, e.amount_fen, e.created_at
        from draft_entry e join txn on txn.order_id = e.order_id join accounts a on a.kind = e.kind and a.owner_id = e.owner_id)
      select (select count(*) from txn)::int as posted,
        ((select count(*) from draft_txn) - (select count(*) from ready))::int as unresolved`);
    const [row] = rowsOf<{ posted: number | string; unresolved: number | string }>(result);
    posted += Number(row?.posted ?? 0);
    if (Number(row?.unresolved ?? 0) === 0) return posted;
    if (attempt >= ACCOUNT_RACE_RETRIES) throw new Error(`ledger accounts for a ${kind} posting still missing after ${attempt} attempts`);
  }
}

/** Post one transaction; false when (kind, order) was already posted (a replay). */
export async function post(tx: Db, kind: LedgerTxnKind, draft: TxnDraft): Promise<boolean> {
  return (await postMany(tx, kind, [draft])) === 1;
}

/** Sum of one account kind's entries per transaction, for the given transactions. */
const kindSum = (kind: AccountRef['kind']) =>
  sql<number>`coalesce(sum(${ledgerEntries.amountFen}) filter (where ${ledgerAccounts.kind} = ${kind}), 0)`.mapWith(Number);

/**
 * What is still frozen for each order: its payment less the refunds posted against it
 * (refund transactions belong to the refund order, whose parentOrderId is the original).
 */
export async function frozenOfOrders(tx: Db, orderIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (orderIds.length === 0) return out;
  const ids = [...orderIds];
  const paid = await tx
    .select({ orderId: ledgerTxns.orderId, fen: kindSum('seller_frozen') })
    .from(ledgerTxns)
    .innerJoin(ledgerEntries, eq(ledgerEntries.txnId, ledgerTxns.id))
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(and(eq(ledgerTxns.kind, 'payment'), inArray(ledgerTxns.orderId, ids)))
    .groupBy(ledgerTxns.orderId);
  for (const r of paid) out.set(r.orderId, r.fen);
  const refunded = await tx
    .select({ orderId: orders.parentOrderId, fen: kindSum('seller_frozen') })
    .from(ledgerTxns)
    .innerJoin(orders, eq(orders.id, ledgerTxns.orderId))
    .innerJoin(ledgerEntries, eq(ledgerEntries.txnId, ledgerTxns.id))
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(and(eq(ledgerTxns.kind, 'refund'), inArray(orders.parentOrderId, ids)))
    .groupBy(orders.parentOrderId);
  for (const r of refunded) if (r.orderId) out.set(r.orderId, (out.get(r.orderId) ?? 0) + r.fen);
  return out;
}

/**
 * A paid order: the buyer's money becomes the seller's frozen balance (ORDER_PAID posts a batch: recordPayments). Zero-amount
 * orders (trials) post nothing; a replayed event posts nothing either.
 */
export async function recordPayment(deps: Pick<Deps, 'db'>, p: OrderPaid): Promise<boolean> {
  return (await recordPayments(deps, [p])) === 1;
}

/**
 * Post the payments of several paid orders (a batch of ORDER_PAID events) in one statement
 * (postMany: no transaction around it); free orders post nothing. Returns how many were posted.
 */
export async function recordPayments(deps: Pick<Deps, 'db'>, paid: readonly OrderPaid[]): Promise<number> {
  const drafts = paid
    .filter((p) => p.amountFen > 0)
    .map((p) => ({
      orderId: p.orderId,
      sellerId: p.sellerId,
      at: new Date(p.paidAt),
      entries: paymentPostings({ buyerId: p.buyerId, sellerId: p.sellerId, amountFen: p.amountFen }),
    }));
  return drafts.length ? postMany(deps.db, 'payment', drafts) : 0;
}

export interface RefundPosting {
  /** the `refund` order (negative amount) whose parentOrderId is the order being refunded */
  refundOrderId: string;
  /** R, positive: the fen going back to the buyer (normally −refundOrder.paidFen) */
  amountFen: number;
  at: Date;
}

interface RefundContext {
  sellerId: string;
  buyerId: string;
  parentOrderId: string;
  settlement: { settledFen: number; commissionFen: number; reseller: { resellerId: string; commissionFen: number } | null } | null;
}

async function alreadyPosted(tx: Db, kind: LedgerTxnKind, orderId: string): Promise<boolean> {
  const [r] = await tx
    .select({ id: ledgerTxns.id })
    .from(ledgerTxns)
    .where(and(eq(ledgerTxns.kind, kind), eq(ledgerTxns.orderId, orderId)));
  return r !== undefined;
}

/** Loads the refund order and locks its parent, so concurrent refunds and the settlement sweep serialise. */
async function refundContext(tx: Db, refundOrderId: string, amountFen: number): Promise<RefundContext> {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) throw new DomainError('validation_failed', 'refund amount must be a positive integer of fen');
  const [r] = await tx
    .select({ sellerId: orders.sellerId, buyerId: orders.buyerId, type: orders.type, parentOrderId: orders.parentOrderId })
    .from(orders)
    .where(eq(orders.id, refundOrderId));
  if (!r) throw notFound('refund order');
  if (r.type !== 'refund' || !r.parentOrderId) throw new DomainError('not_a_refund_order', 'not a refund order with a parent order');
  const [parent] = await tx.select({ id: orders.id, resellerId: orders.resellerId }).from(orders).where(eq(orders.id, r.parentOrderId)).for('update');
  if (!parent) throw notFound('refunded order');
  const rows = await tx
    .select({ frozen: kindSum('seller_frozen'), revenue: kindSum('platform_revenue'), reseller: kindSum('reseller_available') })
    .from(ledgerTxns)
    .innerJoin(ledgerEntries, eq(ledgerEntries.txnId, ledgerTxns.id))
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(and(eq(ledgerTxns.kind, 'settlement'), eq(ledgerTxns.orderId, r.parentOrderId)))
    .groupBy(ledgerTxns.id);
  const s = rows[0];
  return {
    sellerId: r.sellerId,
    buyerId: r.buyerId,
    parentOrderId: r.parentOrderId,
    settlement: s
      ? {
          settledFen: -s.frozen,
          commissionFen: s.revenue,
          // the commission the settlement paid the order's reseller (none: not a distribution order)
          reseller: parent.resellerId !== null && s.reseller > 0 ? { resellerId: parent.resellerId, commissionFen: s.reseller } : null,
        }
      : null,
  };
}

/**
 * Refund before settlement (DOMAIN 2.5): R leaves the seller's frozen balance for the buyer.
 * Call inside the transaction that creates the refund order. Throws order_already_settled once the
 * original order has settled (use postClawback then) and refund_exceeds_balance when R is
 * more than is still frozen for it. Idempotent per refund order: a replay returns false.
 */
export async function postRefund(tx: Db, p: RefundPosting): Promise<boolean> {
  if (await alreadyPosted(tx, 'refund', p.refundOrderId)) return false;
  const c = await refundContext(tx, p.refundOrderId, p.amountFen);
  if (c.settlement) throw new DomainError('order_already_settled', 'the order has settled: refund it by clawback');
  const frozen = (await frozenOfOrders(tx, [c.parentOrderId])).get(c.parentOrderId) ?? 0;
  if (p.amountFen > frozen) throw new DomainError('refund_exceeds_balance', `at most ${frozen} fen is refundable`, { refundableFen: frozen });
  return post(tx, 'refund', {
    orderId: p.refundOrderId,
    sellerId: c.sellerId,
    at: p.at,
    entries: refundPostings({ buyerId: c.buyerId, sellerId: c.sellerId, amountFen: p.amountFen }),
  });
}

/**
 * Refund after settlement: R comes back from the seller's available balance, the platform's
 * commission and a distribution order's reseller commission pro rata (postings.ts). The seller's available balance may go
 * negative if the seller has already been paid out; payouts are not modelled yet.
 * Throws order_not_settled before settlement (use postRefund) and refund_exceeds_balance when
 * the clawbacks of the order would exceed what was settled. Idempotent per refund order.
 */
export async function postClawback(tx: Db, p: RefundPosting): Promise<boolean> {
  if (await alreadyPosted(tx, 'clawback', p.refundOrderId)) return false;
  const c = await refundContext(tx, p.refundOrderId, p.amountFen);
  if (!c.settlement) throw new DomainError('order_not_settled', 'the order has not settled: refund it from frozen funds');
  const [before] = await tx
    .select({ fen: kindSum('buyer_funds') })
    .from(ledgerTxns)
    .innerJoin(orders, eq(orders.id, ledgerTxns.orderId))
    .innerJoin(ledgerEntries, eq(ledgerEntries.txnId, ledgerTxns.id))
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(and(eq(ledgerTxns.kind, 'clawback'), eq(orders.parentOrderId, c.parentOrderId)));
  const clawedBeforeFen = before?.fen ?? 0;
  const refundable = c.settlement.settledFen - clawedBeforeFen;
  if (p.amountFen > refundable) throw new DomainError('refund_exceeds_balance', `at most ${refundable} fen is refundable`, { refundableFen: refundable });
  const { postings } = clawbackPostings({ buyerId: c.buyerId, sellerId: c.sellerId, amountFen: p.amountFen, ...c.settlement, clawedBeforeFen });
  return post(tx, 'clawback', { orderId: p.refundOrderId, sellerId: c.sellerId, at: p.at, entries: postings });
}

export interface BillPaymentPosting {
  billId: string;
  buyerId: string;
  sellerId: string;
  /** the bill's product: its category's commission is the platform's share */
  productId: string;
  /** the cash the buyer paid, positive */
  amountFen: number;
  /** the cashier's reference of the payment, kept in the transaction's memo */
  providerRef: string | null;
  at: Date;
}

/**
 * A paid postpaid bill (billPaymentPostings): call inside the transaction that marks the bill
 * paid. Idempotent per bill: a replay posts nothing and returns false.
 */
export async function postBillPayment(tx: Db, p: BillPaymentPosting): Promise<boolean> {
  const [cat] = await tx
    .select({ commissionBp: categories.commissionBp })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(eq(products.id, p.productId));
  const commissionBp = cat?.commissionBp ?? DEFAULT_COMMISSION_BP;
  const { postings } = billPaymentPostings({ buyerId: p.buyerId, sellerId: p.sellerId, amountFen: p.amountFen, commissionBp });
  return post(tx, 'bill_payment', {
    orderId: p.billId,
    sellerId: p.sellerId,
    at: p.at,
    entries: postings,
    memo: p.providerRef ? `postpaid bill, payment ${p.providerRef}` : 'postpaid bill',
  });
}
