import type { SellerOrder } from '@cloudmart/contracts';
import { csvLine, csvText } from '../../platform/http/csv.js';
import { formatYuan } from '../../platform/money.js';

export const CSV_HEADER = [
  'order_no',
  'product_code',
  'product_name',
  'spec',
  'type',
  'status',
  'list_price',
  'paid_amount',
  'buyer_uid',
  'created_at',
  'paid_at',
];

export function orderCsvRow(o: SellerOrder): string {
  return csvLine([
    csvText(o.orderNo),
    csvText(o.productCode),
    csvText(o.productName),
    csvText(o.specName),
    o.type,
    o.status,
    formatYuan(o.listPriceFen),
    formatYuan(o.paidFen),
    String(o.buyerUid),
    csvText(o.createdAt),
    csvText(o.paidAt),
  ]);
}
