import type { StatementEntry } from '@cloudmart/contracts';
import { csvLine, csvText } from '../../platform/http/csv.js';
import { formatYuan } from '../../platform/money.js';

export const STATEMENT_CSV_HEADER = ['created_at', 'kind', 'account', 'order_no', 'order_id', 'amount', 'balance_after'];

/** Amounts are yuan with two decimals, unquoted; negative amounts are money leaving the account. */
export function statementCsvRow(e: StatementEntry): string {
  return csvLine([csvText(e.createdAt), e.kind, e.account, csvText(e.orderNo), csvText(e.orderId), formatYuan(e.amountFen), formatYuan(e.balanceAfterFen)]);
}
