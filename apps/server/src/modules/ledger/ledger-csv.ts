import type { StatementEntry } from '@cloudmart/contracts';
import { formatYuan } from '../../platform/money.js';

export const STATEMENT_CSV_HEADER = ['created_at', 'kind', 'account', 'order_no', 'order_id', 'amount', 'balance_after'];

/** RFC 4180 quoting; a leading = + - @ in text is prefixed so spreadsheets don't run it as a formula. */
function csvCell(v: string | null): string {
  if (v === null) return '';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: (string | null)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Amounts are yuan with two decimals; negative amounts are money leaving the account. */
export function statementCsvRow(e: StatementEntry): string {
  // amounts are written unquoted: a minus sign is a number here, not a formula
  return (
    [csvCell(e.createdAt), e.kind, e.account, csvCell(e.orderNo), csvCell(e.orderId), formatYuan(e.amountFen), formatYuan(e.balanceAfterFen)].join(',') + '\r\n'
  );
}
