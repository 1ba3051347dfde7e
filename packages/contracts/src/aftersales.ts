import { z } from 'zod';

/* ---------- price change (DOMAIN 2.6) ---------- */

export const priceFlagStatuses = ['none', 'pending', 'cleared', 'confirmed'] as const;
export type PriceFlagStatus = (typeof priceFlagStatuses)[number];

export const priceChangeBody = z.object({
  newPriceFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  reason: z.string().trim().min(1).max(200),
});
export type PriceChangeBody = z.infer<typeof priceChangeBody>;

/** One audited change: old, new, reason, who, when. */
export const priceChangeSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  oldFen: z.number().int(),
  newFen: z.number().int(),
  reason: z.string(),
  changedBy: z.string(),
  flagged: z.boolean(),
  flagStatus: z.enum(priceFlagStatuses),
  createdAt: z.string(),
});
export type PriceChange = z.infer<typeof priceChangeSchema>;

/** The buyer sees the same history without the seller's user id. */
export const buyerPriceChangeSchema = priceChangeSchema.omit({ changedBy: true });
export type BuyerPriceChange = z.infer<typeof buyerPriceChangeSchema>;

export const priceFlagListQuery = z.object({
  status: z.enum(['pending', 'cleared', 'confirmed']).default('pending'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PriceFlagListQuery = z.infer<typeof priceFlagListQuery>;

export const priceFlagSchema = priceChangeSchema.extend({
  orderNo: z.string(),
  orderStatus: z.string(),
  productName: z.string(),
  sellerId: z.string(),
  sellerCode: z.string(),
  sellerName: z.string(),
});
export type PriceFlag = z.infer<typeof priceFlagSchema>;

export const priceFlagDecisionBody = z.object({ note: z.string().trim().max(500).optional() });
export type PriceFlagDecisionBody = z.infer<typeof priceFlagDecisionBody>;

/* ---------- invoices (DOMAIN 2.4) ---------- */

export const invoiceTypes = ['ordinary', 'special'] as const;
export const invoiceStatuses = ['applied', 'issued', 'rejected'] as const;
export const postageKinds = ['prepaid', 'cash_on_delivery'] as const;
export type InvoiceType = (typeof invoiceTypes)[number];
export type InvoiceStatus = (typeof invoiceStatuses)[number];
export type PostageKind = (typeof postageKinds)[number];

const invoiceText = (max: number) => z.string().trim().min(1).max(max);

export const specialInvoiceDetails = z.object({ bank: invoiceText(100), account: invoiceText(64), regAddress: invoiceText(200), regPhone: invoiceText(32) });
export type SpecialInvoiceDetails = z.infer<typeof specialInvoiceDetails>;

export const applyInvoiceBody = z
  .object({
    type: z.enum(invoiceTypes),
    title: invoiceText(100),
    taxNo: invoiceText(32).optional(),
    details: specialInvoiceDetails.optional(),
    contactName: invoiceText(50),
    contactPhone: invoiceText(32),
    address: invoiceText(200),
    orderIds: z.array(z.string().min(1).max(64)).min(1).max(50),
  })
  .superRefine((b, ctx) => {
    if (b.type === 'special' && !b.taxNo) ctx.addIssue({ code: 'custom', path: ['taxNo'], message: 'required for a special invoice' });
    if (b.type === 'special' && !b.details) ctx.addIssue({ code: 'custom', path: ['details'], message: 'required for a special invoice' });
    if (new Set(b.orderIds).size !== b.orderIds.length) ctx.addIssue({ code: 'custom', path: ['orderIds'], message: 'an order is listed twice' });
  });
export type ApplyInvoiceBody = z.infer<typeof applyInvoiceBody>;

export const invoiceListQuery = z.object({
  status: z.enum(invoiceStatuses).optional(),
  type: z.enum(invoiceTypes).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type InvoiceListQuery = z.infer<typeof invoiceListQuery>;

/** A row of the seller's (and the buyer's) invoice list. */
export const invoiceSummarySchema = z.object({
  id: z.string(),
  sellerId: z.string(),
  sellerName: z.string(),
  buyerUid: z.number().int(),
  contactName: z.string(),
  contactPhone: z.string(),
  type: z.enum(invoiceTypes),
  title: z.string(),
  amountFen: z.number().int(),
  status: z.enum(invoiceStatuses),
  createdAt: z.string(),
  issuedAt: z.string().nullable(),
});
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

export const invoiceOrderSchema = z.object({
  orderId: z.string(),
  orderNo: z.string(),
  productName: z.string(),
  specName: z.string(),
  paidFen: z.number().int(),
  /** the cash part of the payment: what this invoice covers */
  cashFen: z.number().int(),
  /**
   * the part paid by coupon (代金券): never on the buyer's invoice. Guide 2.4: "用户用代金券支付的部分，服务商
   * 不需要给用户开发票，而是给阿里云开发票"
   */
  voucherFen: z.number().int(),
  paidAt: z.string().nullable(),
});
export type InvoiceOrder = z.infer<typeof invoiceOrderSchema>;

export const invoiceDetailSchema = invoiceSummarySchema.extend({
  taxNo: z.string().nullable(),
  details: specialInvoiceDetails.nullable(),
  address: z.string(),
  rejectReason: z.string().nullable(),
  invoiceNo: z.string().nullable(),
  carrier: z.string().nullable(),
  trackingNo: z.string().nullable(),
  postage: z.enum(postageKinds).nullable(),
  decidedAt: z.string().nullable(),
  orders: z.array(invoiceOrderSchema),
});
export type InvoiceDetail = z.infer<typeof invoiceDetailSchema>;

/** A paid order the buyer may still put on an invoice (none active, no open refund, cash left). */
export const invoiceableOrderSchema = invoiceOrderSchema.extend({ sellerId: z.string(), sellerName: z.string() });
export type InvoiceableOrder = z.infer<typeof invoiceableOrderSchema>;

export const rejectInvoiceBody = z.object({ reason: invoiceText(500) });
export type RejectInvoiceBody = z.infer<typeof rejectInvoiceBody>;

export const issueInvoiceBody = z.object({ invoiceNo: invoiceText(64), carrier: invoiceText(64), trackingNo: invoiceText(64), postage: z.enum(postageKinds) });
export type IssueInvoiceBody = z.infer<typeof issueInvoiceBody>;

/* ---------- refunds (DOMAIN 2.5) ---------- */

export const refundStatuses = ['reviewing', 'operator_review', 'refunded', 'rejected'] as const;
export const refundOrigins = ['buyer', 'seller'] as const;
export const refundKinds = ['full', 'remaining'] as const;
export const refundReleases = ['now', 'keep'] as const;
export type RefundStatus = (typeof refundStatuses)[number];
export type RefundOrigin = (typeof refundOrigins)[number];
export type RefundKind = (typeof refundKinds)[number];
export type RefundRelease = (typeof refundReleases)[number];

export const aftersalesSettingsSchema = z.object({
  refundWindowDays: z.number().int().min(0).max(30),
  autoApproveDays: z.number().int().min(1).max(15),
});
export type AftersalesSettings = z.infer<typeof aftersalesSettingsSchema>;

const refundText = z.string().trim().min(1).max(500);

export const buyerRefundBody = z.object({ reason: refundText });
export type BuyerRefundBody = z.infer<typeof buyerRefundBody>;

export const sellerRefundBody = z
  .object({
    kind: z.enum(refundKinds),
    /** remaining: the amount to give back; full: the whole balance (a given amount must match it) */
    amountFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    release: z.enum(refundReleases),
    keepReason: refundText.optional(),
    reason: refundText,
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'remaining' && b.amountFen === undefined) ctx.addIssue({ code: 'custom', path: ['amountFen'], message: 'required for a remaining refund' });
    if (b.release === 'keep' && !b.keepReason) ctx.addIssue({ code: 'custom', path: ['keepReason'], message: 'required when the instance is kept' });
  });
export type SellerRefundBody = z.infer<typeof sellerRefundBody>;

/**
 * Guide 2.5 "退款金额 (总额: ¥ 0.10, 余额: ¥ 0.10)": what the instance's paid orders (new,
 * renewals, upgrades) brought in, and what is left to refund over all of them, newest first.
 */
export const instanceRefundBalanceSchema = z.object({
  instanceId: z.string(),
  totalFen: z.number().int(),
  balanceFen: z.number().int(),
  orders: z.array(z.object({ orderId: z.string(), paidFen: z.number().int(), balanceFen: z.number().int() })),
});
export type InstanceRefundBalance = z.infer<typeof instanceRefundBalanceSchema>;

export const rejectRefundBody = z.object({ reason: refundText });
export type RejectRefundBody = z.infer<typeof rejectRefundBody>;

export const refundListQuery = z.object({
  status: z.enum(refundStatuses).optional(),
  origin: z.enum(refundOrigins).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type RefundListQuery = z.infer<typeof refundListQuery>;

/** A refund as the seller, the buyer and the operators list it: applied = createdAt, reviewed = decidedAt. */
export const refundSchema = z.object({
  id: z.string(),
  origin: z.enum(refundOrigins),
  orderId: z.string(),
  orderNo: z.string(),
  instanceId: z.string().nullable(),
  sellerId: z.string(),
  sellerName: z.string(),
  productName: z.string(),
  specName: z.string(),
  buyerUid: z.number().int(),
  kind: z.enum(refundKinds),
  amountFen: z.number().int(),
  release: z.enum(refundReleases),
  keepReason: z.string().nullable(),
  reason: z.string(),
  status: z.enum(refundStatuses),
  rejectReason: z.string().nullable(),
  dueAt: z.string().nullable(),
  refundOrderId: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type Refund = z.infer<typeof refundSchema>;
