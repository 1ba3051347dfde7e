// What must hold after the crashes: read straight from the database once the load has stopped.
import type { LoadRecord } from './load.js';
import type { Query } from './target.js';

export interface CheckResult {
  ordersSeen: number;
  paidOrders: number;
  /** keys with more than one order, acknowledged orders missing or answered under another id */
  duplicateOrders: number;
  lostAcks: number;
  /** paid orders with other than one instance, one succeeded payment and one ledger payment */
  duplicateInstances: number;
  missingInstances: number;
  paymentAnomalies: number;
  ledgerAnomalies: number;
  ledgerTxns: number;
  unbalancedTxns: number;
  ledgerSumFen: bigint;
  outbox: {
    pending: number;
    dead: number;
    done: number;
    pendingFromLoad: number;
    /** events claimed more than once: a killed process's lease ran out and another process took them */
    reclaimed: number;
    lastProcessedMs: number | null;
  };
  violations: string[];
}

interface OrderRow {
  id: string;
  key: string;
  status: string;
  paid_fen: string;
  instances: number;
  succeeded: number;
  ledger_payments: number;
}

/** Run every check; `loadStoppedAt` (epoch ms) bounds the outbox events the load caused. */
export async function runChecks(query: Query, record: LoadRecord, loadStoppedAt: number): Promise<CheckResult> {
  const violations: string[] = [];
  const keys = JSON.stringify([...record.sentKeys]);
  const rows = await query<OrderRow>(
    `select o.id, o.idempotency_key as key, o.status, o.paid_fen::text as paid_fen,
       (select count(*) from order_instances oi where oi.order_id = o.id)::int as instances,
       (select count(*) from payments p where p.order_id = o.id and p.status = 'succeeded')::int as succeeded,
       (select count(*) from ledger_txns t where t.kind = 'payment' and t.order_id = o.id)::int as ledger_payments
     from orders o where o.idempotency_key in (select jsonb_array_elements_text($1::jsonb))`,
    [keys],
  );
  const byKey = new Map<string, OrderRow[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);

  let duplicateOrders = 0;
  for (const [key, list] of byKey) {
    if (list.length > 1) {
      duplicateOrders++;
      violations.push(`key ${key} has ${list.length} orders: ${list.map((o) => o.id).join(', ')}`);
    }
  }
  let lostAcks = 0;
  for (const [key, id] of record.placed) {
    const list = byKey.get(key) ?? [];
    if (list.length === 0 || !list.some((o) => o.id === id)) {
      lostAcks++;
      violations.push(`acknowledged order ${id} (key ${key}) is ${list.length ? `stored as ${list.map((o) => o.id).join(', ')}` : 'missing'}`);
    }
  }

  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of record.completed) {
    const o = byId.get(id);
    if (!o) violations.push(`completed order ${id} is missing`);
    else if (o.status !== 'paid') violations.push(`completed order ${id} is ${o.status}, not paid`);
  }
  let duplicateInstances = 0;
  let missingInstances = 0;
  let paymentAnomalies = 0;
  let ledgerAnomalies = 0;
  let paidOrders = 0;
  for (const o of rows) {
    const paid = o.status === 'paid';
    if (paid) paidOrders++;
    const wantInstances = paid ? 1 : 0;
    if (o.instances > wantInstances) {
      duplicateInstances++;
      violations.push(`order ${o.id} (${o.status}) has ${o.instances} instances`);
    } else if (o.instances < wantInstances) {
      missingInstances++;
      violations.push(`paid order ${o.id} has no instance`);
    }
    if (o.succeeded !== wantInstances) {
      paymentAnomalies++;
      violations.push(`order ${o.id} (${o.status}) has ${o.succeeded} succeeded payments`);
    }
    // the ledger posts a paid order through the outbox: once drained, exactly one payment transaction
    const wantPosting = paid && BigInt(o.paid_fen) > 0n ? 1 : 0;
    if (o.ledger_payments !== wantPosting) {
      ledgerAnomalies++;
      violations.push(`order ${o.id} (${o.status}) has ${o.ledger_payments} ledger payment transactions`);
    }
  }

  const unbalanced = await query<{ txn_id: string; sum: string }>(
    `select txn_id, sum(amount_fen)::text as sum from ledger_entries group by txn_id having sum(amount_fen) <> 0`,
  );
  for (const u of unbalanced.slice(0, 20)) violations.push(`ledger transaction ${u.txn_id} sums to ${u.sum} fen`);
  const [total] = await query<{ sum: string; txns: number }>(
    `select coalesce(sum(amount_fen), 0)::text as sum, count(distinct txn_id)::int as txns from ledger_entries`,
  );
  const ledgerSumFen = BigInt(total?.sum ?? '0');
  if (ledgerSumFen !== 0n) violations.push(`the ledger sums to ${ledgerSumFen} fen`);

  const statuses = await query<{ status: string; n: number }>(`select status, count(*)::int as n from outbox_events group by status`);
  const count = (s: string) => statuses.find((r) => r.status === s)?.n ?? 0;
  const stopped = new Date(loadStoppedAt).toISOString();
  const [fromLoad] = await query<{ pending: number; reclaimed: number; last_ms: number | null }>(
    `select count(*) filter (where status <> 'done')::int as pending, count(*) filter (where attempts > 1)::int as reclaimed,
       (extract(epoch from max(processed_at)) * 1000)::float8 as last_ms
     from outbox_events where created_at <= $1::timestamptz`,
    [stopped],
  );
  const outbox = {
    pending: count('pending'),
    dead: count('dead'),
    done: count('done'),
    pendingFromLoad: fromLoad?.pending ?? 0,
    reclaimed: fromLoad?.reclaimed ?? 0,
    lastProcessedMs: fromLoad?.last_ms ?? null,
  };
  if (outbox.pendingFromLoad > 0) violations.push(`${outbox.pendingFromLoad} outbox events from the load are not delivered`);
  if (outbox.dead > 0) violations.push(`${outbox.dead} outbox events are dead-lettered`);

  return {
    ordersSeen: rows.length,
    paidOrders,
    duplicateOrders,
    lostAcks,
    duplicateInstances,
    missingInstances,
    paymentAnomalies,
    ledgerAnomalies,
    ledgerTxns: total?.txns ?? 0,
    unbalancedTxns: unbalanced.length,
    ledgerSumFen,
    outbox,
    violations,
  };
}

/** PostgreSQL: poll until no outbox event is pending; returns the ms it took from `since`, or null on timeout. */
export async function waitForDrain(query: Query, since: number, timeoutMs: number): Promise<number | null> {
  for (;;) {
    const [r] = await query<{ n: number }>(`select count(*)::int as n from outbox_events where status = 'pending'`);
    const now = Date.now();
    if ((r?.n ?? 0) === 0) return now - since;
    if (now - since > timeoutMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
