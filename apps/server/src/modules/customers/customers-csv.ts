import type { CustomerRow } from '@cloudmart/contracts';
import { csvLine, csvText } from '../../platform/http/csv.js';
import { formatYuan } from '../../platform/money.js';

/**
 * The customer list as a sheet: the list's columns, contact only as the list shows it (the buyer's
 * phone and e-mail only with consent, guide 2.8), tags joined by '、'.
 */
export const CUSTOMER_CSV_HEADER = [
  'kind',
  'buyer_account',
  'buyer_uid',
  'contact_name',
  'name',
  'company',
  'phone',
  'email',
  'last_order_at',
  'spend',
  'tags',
  'source',
  'created_at',
];

export function customerCsvRow(c: CustomerRow): string {
  return csvLine([
    c.kind,
    csvText(c.buyerAccount),
    c.buyerUid === null ? '' : String(c.buyerUid),
    csvText(c.contactName),
    csvText(c.name),
    csvText(c.company),
    csvText(c.contact?.phone ?? null),
    csvText(c.contact?.email ?? null),
    csvText(c.lastOrderAt),
    formatYuan(c.spendFen),
    csvText(c.tags.map((t) => t.name).join('、')),
    c.source,
    csvText(c.createdAt),
  ]);
}
