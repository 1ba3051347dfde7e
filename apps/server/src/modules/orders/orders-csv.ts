import type { SellerOrder } from '@cloudmart/contracts';
import { csvLine, csvText } from '../../platform/http/csv.js';
import { formatYuan } from '../../platform/money.js';

/**
 * The seller's order export. The breakdown (guide 2.9 优惠名称/优惠金额, 2.10 优惠券/优惠券金额) is
 * appended after the existing columns so a sheet built on the old layout still reads, and so is
 * the distribution rate (guide 2.3 分销比例), and the order's origin (guide 2.1 订单来源, 商机ID, 定制方案ID).
 */
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
  'discount_name',
  'discount_amount',
  'coupon_name',
  'coupon_amount',
  'distribution_rate_pct',
  'source',
  'lead_id',
  'proposal_id',
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
    csvText(o.discountName),
    formatYuan(o.discountFen),
    csvText(o.couponName),
    formatYuan(o.couponFen),
    // 分销订单 "会展示分销比例" (guide 2.3); empty for an ordinary order
    o.distributionRatePct === null ? '' : String(o.distributionRatePct),
    // 订单来源: online_store (线上店铺) or proposal (定制方案)
    o.source,
    csvText(o.leadId),
    csvText(o.proposalId),
  ]);
}
