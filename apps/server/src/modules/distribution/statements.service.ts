import type { ResellerStatement } from '@cloudmart/contracts';
import { inArray } from 'drizzle-orm';
import type { Deps } from '../../platform/module.js';
import { resellerEntries } from '../ledger/index.js';
import { orders } from '../orders/index.js';
import { requireReseller, monthRange } from './reseller.service.js';
import { monthlyStatements, type StatementLine } from './statements.js';

/** 月度结算单 of the reseller, one per Beijing month with postings, newest first. */
export async function resellerStatements(deps: Pick<Deps, 'db'>, userId: string): Promise<ResellerStatement[]> {
  await requireReseller(deps.db, userId);
  return monthlyStatements(await resellerEntries(deps.db, userId));
}

/** One month's postings, oldest first, with the order they are about (the CSV's rows). */
export async function statementLines(deps: Pick<Deps, 'db'>, userId: string, month: string): Promise<StatementLine[]> {
  await requireReseller(deps.db, userId);
  const [from, to] = monthRange(month);
  const entries = (await resellerEntries(deps.db, userId)).filter((e) => e.at >= from && e.at < to);
  const ids = [...new Set(entries.map((e) => e.orderId))];
  const rows =
    ids.length === 0
      ? []
      : await deps.db
          .select({ id: orders.id, orderNo: orders.orderNo, productName: orders.productName, ratePct: orders.distributionRatePct })
          .from(orders)
          .where(inArray(orders.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return entries.map((entry) => {
    const o = byId.get(entry.orderId);
    return { entry, orderNo: o ? String(o.orderNo) : '', productName: o?.productName ?? '', ratePct: o?.ratePct ?? null };
  });
}
