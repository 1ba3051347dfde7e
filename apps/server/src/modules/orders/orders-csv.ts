import type { SellerOrder } from '@cloudmart/contracts';
import { formatYuan } from '../../platform/money.js';

export const CSV_HEADER = ['order_no', 'product_code', 'product_name', 'spec', 'type', 'status', 'list_price', 'paid_amount', 'buyer_uid', 'created_at', 'paid_at'];

/** RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets don't run it as a formula. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export function orderCsvRow(o: SellerOrder): string {
  return csvRow([o.orderNo, o.productCode, o.productName, o.specName, o.type, o.status, formatYuan(o.listPriceFen), formatYuan(o.paidFen), o.buyerUid, o.createdAt, o.paidAt]);
}
