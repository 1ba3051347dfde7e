import type { ResellerStatement } from '@cloudmart/contracts';
import { beijingMonth, beijingStamp } from '../../platform/beijing-time.js';
import { csvLine, csvText } from '../../platform/http/csv.js';
import { formatYuan } from '../../platform/money.js';
import type { ResellerEntry } from '../ledger/index.js';

/**
 * 月度结算单 (guide 2.2 item 4: "云市场转售分销平台每月结算时会根据商品的销售业绩和服务商设定的转售商品的
 * 佣金比例计算佣金"): the reseller account's postings grouped by the Beijing month they were
 * posted in. A clawback lands in the month of the refund, not of the order, so a closed
 * month's statement never changes (and "在下次的佣金结算款中扣除" falls out: the next month nets it).
 */
export function monthlyStatements(entries: readonly ResellerEntry[]): ResellerStatement[] {
  const months = new Map<string, { orders: Set<string>; settledFen: number; clawedBackFen: number }>();
  for (const e of entries) {
    const key = beijingMonth(e.at);
    const m = months.get(key) ?? { orders: new Set<string>(), settledFen: 0, clawedBackFen: 0 };
    if (e.kind === 'settlement') {
      m.orders.add(e.orderId);
      m.settledFen += e.amountFen;
    } else m.clawedBackFen -= e.amountFen;
    months.set(key, m);
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([month, m]) => ({ month, orderCount: m.orders.size, settledFen: m.settledFen, clawedBackFen: m.clawedBackFen, netFen: m.settledFen - m.clawedBackFen }));
}

export const STATEMENT_CSV_HEADER = ['posted_at', 'kind', 'order_no', 'product_name', 'rate_pct', 'amount'];

export interface StatementLine {
  entry: ResellerEntry;
  orderNo: string;
  productName: string;
  ratePct: number | null;
}

/** One posting of the month: when (Beijing), settlement or clawback, the order, the signed amount in yuan. */
export function statementCsvRow(l: StatementLine): string {
  return csvLine([
    csvText(beijingStamp(l.entry.at)),
    l.entry.kind,
    csvText(l.orderNo),
    csvText(l.productName),
    l.ratePct === null ? '' : String(l.ratePct),
    formatYuan(l.entry.amountFen),
  ]);
}
