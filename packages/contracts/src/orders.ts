import { z } from 'zod';
import { orderResellerSchema } from './distribution.js';

export const orderTypes = ['new', 'renew', 'trial', 'trial_to_paid', 'upgrade', 'refund'] as const;
export const orderStatuses = ['unpaid', 'paid', 'voided', 'refunded'] as const;
export type OrderType = (typeof orderTypes)[number];
export type OrderStatus = (typeof orderStatuses)[number];

const isoDate = z.iso.datetime({ offset: true });

export const sellerOrderListQuery = z.object({
  orderNo: z
    .string()
    .trim()
    .regex(/^[0-9]{1,20}$/, 'digits only')
    .optional(),
  productCode: z.string().trim().max(64).optional(),
  productName: z.string().trim().max(100).optional(),
  type: z.enum(orderTypes).optional(),
  status: z.enum(orderStatuses).optional(),
  specName: z.string().trim().max(100).optional(),
  buyerUid: z.coerce.number().int().positive().optional(),
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
  paidFrom: isoDate.optional(),
  paidTo: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SellerOrderListQuery = z.infer<typeof sellerOrderListQuery>;

/**
 * The order's price breakdown (guide 2.1 实付金额 "折扣后或改价后"): listPriceFen − discountFen − couponFen = paidFen
 * at placing; a later price change sets paidFen and keeps the rest as history. Names are snapshots.
 */
export const orderPromotionFields = {
  discountId: z.string().nullable(),
  discountName: z.string().nullable(),
  discountFen: z.number().int(),
  couponId: z.string().nullable(),
  couponName: z.string().nullable(),
  couponFen: z.number().int(),
};

/**
 * 订单来源 (guide 2.1 订单详情): online_store (线上店铺) when placed from the order page, proposal (定制方案)
 * when the buyer paid a 方案 of a 商机; then the 商机ID and 定制方案ID are shown too.
 */
export const orderSources = ['online_store', 'proposal'] as const;
export type OrderSource = (typeof orderSources)[number];
const orderOriginFields = {
  source: z.enum(orderSources),
  leadId: z.string().nullable(),
  proposalId: z.string().nullable(),
};

export const sellerOrderSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  productCode: z.string(),
  productName: z.string(),
  specName: z.string(),
  type: z.enum(orderTypes),
  status: z.enum(orderStatuses),
  listPriceFen: z.number().int(),
  paidFen: z.number().int(),
  ...orderPromotionFields,
  buyerUid: z.number().int(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
  /** 分销订单: the commission rate fixed at placing (guide 2.3 "如为分销订单，则会展示分销比例"); null: an ordinary order */
  distributionRatePct: z.number().int().nullable(),
  ...orderOriginFields,
});
export type SellerOrder = z.infer<typeof sellerOrderSchema>;

/* ---------- commerce core: ordering, payment, instances ---------- */

export const purchaseUnits = ['month', 'year'] as const;
export const durationUnits = ['month', 'year', 'day'] as const;
export const instanceStatuses = ['opening', 'opened', 'in_service', 'expired', 'closed'] as const;
export const paymentStatuses = ['pending', 'succeeded', 'failed', 'refunded'] as const;
export type PurchaseUnit = (typeof purchaseUnits)[number];
export type DurationUnit = (typeof durationUnits)[number];
export type InstanceStatus = (typeof instanceStatuses)[number];
export type PaymentStatus = (typeof paymentStatuses)[number];

const entityId = z.string().trim().min(1).max(64);
const durationCount = z.number().int().min(1).max(120);

/** Required on POST /buyer/orders, optional on renew/upgrade/convert: a retry with the same key returns the first order. */
export const idempotencyHeaders = z.looseObject({ 'idempotency-key': z.string().trim().min(1).max(100) });
export const optionalIdempotencyHeaders = z.looseObject({ 'idempotency-key': z.string().trim().min(1).max(100).optional() });

/**
 * What every paid order takes for its price (guide 2.9/2.10): the client the buyer orders from (a discount
 * may require one) and the coupon the buyer chose on the confirmation page (at most one; omitted = none).
 * The best applicable discount is applied by the server, never chosen by the client.
 */
const promotionChoice = {
  client: z.enum(['pc', 'mobile']).default('pc'),
  couponHoldingId: entityId.nullable().optional(),
};

/** unit + duration are required for prepaid specs and ignored for trial and postpaid specs. */
export const placeOrderBody = z.object({
  productId: entityId,
  specId: entityId,
  unit: z.enum(purchaseUnits).optional(),
  duration: durationCount.optional(),
  quantity: z.number().int().min(1).max(100).default(1),
  remark: z.string().trim().max(200).optional(),
  /** the buyer consents to showing e-mail and phone to the seller */
  showContact: z.boolean().default(false),
  /**
   * a reseller's referral code from the product link's ?ref= (分销; new purchases only, renewals and upgrades take none);
   * '' counts as none, and a well-formed code that names no reseller makes an ordinary order
   */
  referralCode: z
    .string()
    .trim()
    .regex(/^([A-Za-z0-9]{4,16})?$/, 'letters and digits')
    .optional(),
  ...promotionChoice,
});
export type PlaceOrderBody = z.infer<typeof placeOrderBody>;

export const renewBody = z.object({ unit: z.enum(purchaseUnits), duration: durationCount, ...promotionChoice });
export type RenewBody = z.infer<typeof renewBody>;
export const upgradeBody = z.object({ specId: entityId, ...promotionChoice });
export type UpgradeBody = z.infer<typeof upgradeBody>;
export const convertBody = z.object({ specId: entityId, unit: z.enum(purchaseUnits), duration: durationCount, ...promotionChoice });
export type ConvertBody = z.infer<typeof convertBody>;

export const buyerOrderListQuery = z.object({
  status: z.enum(orderStatuses).optional(),
  type: z.enum(orderTypes).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type BuyerOrderListQuery = z.infer<typeof buyerOrderListQuery>;

export const buyerOrderSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  productId: z.string().nullable(),
  productCode: z.string(),
  productName: z.string(),
  specId: z.string().nullable(),
  specName: z.string(),
  type: z.enum(orderTypes),
  status: z.enum(orderStatuses),
  quantity: z.number().int(),
  durationUnit: z.enum(durationUnits).nullable(),
  duration: z.number().int().nullable(),
  listPriceFen: z.number().int(),
  paidFen: z.number().int(),
  ...orderPromotionFields,
  targetInstanceId: z.string().nullable(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
  voidedAt: z.string().nullable(),
  ...orderOriginFields,
});
export type BuyerOrder = z.infer<typeof buyerOrderSchema>;

export const paymentSchema = z.object({
  id: z.string(),
  provider: z.string(),
  status: z.enum(paymentStatuses),
  amountFen: z.number().int(),
  /** where to send the buyer while the payment is pending */
  payUrl: z.string().nullable(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
});
export type Payment = z.infer<typeof paymentSchema>;

export const instanceSummarySchema = z.object({
  id: z.string(),
  status: z.enum(instanceStatuses),
  specName: z.string(),
  trial: z.boolean(),
  openedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type InstanceSummary = z.infer<typeof instanceSummarySchema>;

export const buyerOrderDetailSchema = buyerOrderSchema.extend({
  remark: z.string().nullable(),
  showContact: z.boolean(),
  instances: z.array(instanceSummarySchema),
  /** the latest payment, if any */
  payment: paymentSchema.nullable(),
});
export type BuyerOrderDetail = z.infer<typeof buyerOrderDetailSchema>;

export const payReply = z.object({ paymentId: z.string(), payUrl: z.string(), amountFen: z.number().int(), status: z.enum(paymentStatuses) });
export type PayReply = z.infer<typeof payReply>;

export const sandboxCompleteReply = z.object({ orderId: z.string(), orderStatus: z.enum(orderStatuses), paymentStatus: z.enum(paymentStatuses) });
export type SandboxCompleteReply = z.infer<typeof sandboxCompleteReply>;

/** The sandbox provider's callback; signed with HMAC-SHA256 in the x-sandbox-signature header. */
export const sandboxCallbackBody = z.object({
  providerRef: z.string().min(1).max(100),
  orderId: z.string().min(1).max(64),
  amountFen: z.number().int(),
  status: z.enum(['succeeded', 'failed']),
});
export type SandboxCallbackBody = z.infer<typeof sandboxCallbackBody>;
export const paymentCallbackReply = z.object({ received: z.literal(true), changed: z.boolean() });

export const instanceOrderSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  type: z.enum(orderTypes),
  status: z.enum(orderStatuses),
  specName: z.string(),
  durationUnit: z.enum(durationUnits).nullable(),
  duration: z.number().int().nullable(),
  paidFen: z.number().int(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
});
export type InstanceOrder = z.infer<typeof instanceOrderSchema>;

export const buyerInstanceListQuery = z.object({
  status: z.enum(instanceStatuses).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type BuyerInstanceListQuery = z.infer<typeof buyerInstanceListQuery>;

export const buyerInstanceSchema = z.object({
  id: z.string(),
  productId: z.string(),
  productName: z.string(),
  specId: z.string(),
  specName: z.string(),
  status: z.enum(instanceStatuses),
  trial: z.boolean(),
  openedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type BuyerInstance = z.infer<typeof buyerInstanceSchema>;

export const buyerInstanceDetailSchema = buyerInstanceSchema.extend({
  /** SaaS app info (URLs, login) from the seller's SPI answer, shown while the instance is opened */
  appInfo: z.record(z.string(), z.string()).nullable(),
  orders: z.array(instanceOrderSchema),
});
export type BuyerInstanceDetail = z.infer<typeof buyerInstanceDetailSchema>;

export const sellerInstanceListQuery = z.object({
  instanceId: z.string().trim().max(64).optional(),
  productCode: z.string().trim().max(64).optional(),
  productName: z.string().trim().max(100).optional(),
  status: z.enum(instanceStatuses).optional(),
  buyerUid: z.coerce.number().int().positive().optional(),
  /** instances whose expiry is at or before this time (and not already closed) */
  expiringBefore: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SellerInstanceListQuery = z.infer<typeof sellerInstanceListQuery>;

export const sellerInstanceSchema = buyerInstanceSchema.extend({
  productCode: z.string().nullable(),
  buyerUid: z.number().int(),
  externalId: z.string().nullable(),
  sellerRemark: z.string().nullable(),
});
export type SellerInstance = z.infer<typeof sellerInstanceSchema>;

export const sellerInstanceDetailSchema = sellerInstanceSchema.extend({
  appInfo: z.record(z.string(), z.string()).nullable(),
  orders: z.array(instanceOrderSchema),
});
export type SellerInstanceDetail = z.infer<typeof sellerInstanceDetailSchema>;

export const instanceRemarkBody = z.object({ remark: z.string().trim().max(500) });
export type InstanceRemarkBody = z.infer<typeof instanceRemarkBody>;

export const sellerOrderDetailSchema = sellerOrderSchema.extend({
  buyerLoginName: z.string(),
  buyerContact: z.object({ email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  remark: z.string().nullable(),
  settledAt: z.string().nullable(),
  productId: z.string().nullable(),
  specId: z.string().nullable(),
  quantity: z.number().int(),
  durationUnit: z.enum(durationUnits).nullable(),
  duration: z.number().int().nullable(),
  /** renew / upgrade / trial_to_paid: the instance the order acts on */
  targetInstanceId: z.string().nullable(),
  instances: z.array(instanceSummarySchema),
  /** 分销商信息 at the bottom of the detail (guide 2.3); null: not a distribution order */
  reseller: orderResellerSchema.nullable(),
});
export type SellerOrderDetail = z.infer<typeof sellerOrderDetailSchema>;
