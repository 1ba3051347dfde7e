import { z } from 'zod';

/* Postpaid metering and monthly bills. */

export const billStatuses = ['unpaid', 'paid'] as const;
export type BillStatus = (typeof billStatuses)[number];

/** YYYY-MM, a calendar month in Beijing time */
export const billPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const sellerBillListQuery = z.object({
  period: billPeriod.optional(),
  productCode: z.string().trim().min(1).max(64).optional(),
  buyerUid: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SellerBillListQuery = z.infer<typeof sellerBillListQuery>;

export const buyerBillListQuery = z.object({
  period: billPeriod.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type BuyerBillListQuery = z.infer<typeof buyerBillListQuery>;

export const buyerBillSchema = z.object({
  id: z.string(),
  period: z.string(),
  productId: z.string(),
  productCode: z.string(),
  productName: z.string(),
  /** amount payable */
  amountFen: z.number().int(),
  paidFen: z.number().int(),
  voucherFen: z.number().int(),
  voucherUsed: z.boolean(),
  status: z.enum(billStatuses),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
  /** when payment falls due: BILL_DUE_DAYS after the period ends (00:00 Beijing) */
  dueAt: z.string(),
  /** unpaid at or after dueAt, on the server's clock */
  overdue: z.boolean(),
});
export type BuyerBill = z.infer<typeof buyerBillSchema>;

/**
 * Days a postpaid bill may stay unpaid after its month ends before it is overdue. The guide
 * names no term (账单管理 lists 应付/实付/代金券 only); 15 days gives a bill produced on the 1st
 * half a month, and it is the one place to change it.
 */
export const BILL_DUE_DAYS = 15;

export const sellerBillSchema = buyerBillSchema.extend({ buyerUid: z.number().int(), buyerLoginName: z.string() });
export type SellerBill = z.infer<typeof sellerBillSchema>;

/** The plain key is shown once; the server never returns it again. */
export const meteringKeyReply = z.object({ productId: z.string(), key: z.string() });
export type MeteringKeyReply = z.infer<typeof meteringKeyReply>;

export const usageRecordInput = z.object({
  recordId: z.string().trim().min(1).max(128),
  instanceId: z.string().trim().min(1).max(64),
  dimension: z.string().trim().min(1).max(64),
  quantity: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  usedAt: z.iso.datetime({ offset: true }),
});
export type UsageRecordInput = z.infer<typeof usageRecordInput>;

/**
 * Paying a postpaid bill may use one coupon (代金券) of the bill's seller that fits its product
 * (scenario renew: a monthly bill is the continued use of a product the buyer already has).
 * The body is optional: no body or no couponHoldingId pays it all in cash.
 */
export const billPayBody = z.object({ couponHoldingId: z.string().trim().min(1).max(64).optional() }).optional();
export type BillPayBody = z.infer<typeof billPayBody>;

export const usagePushBody = z.object({ records: z.array(usageRecordInput).min(1).max(100) });
export type UsagePushBody = z.infer<typeof usagePushBody>;

export const usagePushReply = z.object({ accepted: z.number().int(), duplicates: z.number().int() });
export type UsagePushReply = z.infer<typeof usagePushReply>;
