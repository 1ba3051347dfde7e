import { z } from 'zod';

/* ---------- distribution: 转售分销计划 (guide 2.2) and 分销设置 (guide 2.3) ---------- */

const isoDate = z.iso.datetime({ offset: true });
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** free text reaches PostgreSQL, which refuses NUL in text: refuse it at the edge (400) */
const NO_NUL = /^[^\u0000]*$/;
export const distributionSearch = z.string().trim().max(60).regex(NO_NUL, 'no NUL characters').optional();

/** 佣金比例 "上限60%，下限20%", an integer percent */
export const DISTRIBUTION_RATE_MIN = 20;
export const DISTRIBUTION_RATE_MAX = 60;
export const distributionRate = z.number().int().min(DISTRIBUTION_RATE_MIN).max(DISTRIBUTION_RATE_MAX);

/** 分销设置: the rate and the ticked 注意事项 ("当前版本暂不支持修改比例，一旦设置，不可变更"). */
export const joinDistributionBody = z.object({ ratePct: distributionRate, acknowledged: z.literal(true) });
export type JoinDistributionBody = z.infer<typeof joinDistributionBody>;

export const distributionSettingSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  ratePct: z.number().int(),
  joinedAt: isoDate,
});
export type DistributionSetting = z.infer<typeof distributionSettingSchema>;

/** The seller's products with their distribution state (商品管理 > 分销设置). */
export const sellerDistributionProductSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  productStatus: z.string(),
  /** null: not in the programme */
  ratePct: z.number().int().nullable(),
  joinedAt: isoDate.nullable(),
  /** distribution orders and commission so far */
  orderCount: z.number().int(),
  commissionFen: z.number().int(),
});
export type SellerDistributionProduct = z.infer<typeof sellerDistributionProductSchema>;

/** 分销商信息 at the bottom of the seller's order detail */
export const orderResellerSchema = z.object({
  resellerCode: z.string(),
  displayName: z.string(),
  ratePct: z.number().int(),
  /** ratePct × the paid amount, rounded half-up to the fen */
  commissionFen: z.number().int(),
  /** pending until the order settles; settled; clawed_back after a refund following settlement */
  commissionStatus: z.enum(['pending', 'settled', 'clawed_back', 'cancelled']),
});
export type OrderReseller = z.infer<typeof orderResellerSchema>;

/* ---------- the reseller's console ---------- */

export const joinResellerBody = z.object({ displayName: z.string().trim().min(2).max(40).regex(NO_NUL, 'no NUL characters'), acceptAgreement: z.literal(true) });
export type JoinResellerBody = z.infer<typeof joinResellerBody>;

export const resellerProfileSchema = z.object({
  joined: z.boolean(),
  code: z.string().nullable(),
  displayName: z.string().nullable(),
  joinedAt: isoDate.nullable(),
  /** reseller_available balance: settled commission minus claw-backs (negative: advanced by the platform) */
  balanceFen: z.number().int(),
});
export type ResellerProfile = z.infer<typeof resellerProfileSchema>;

/** 分销商的库: every product in distribution, with this reseller's referral link */
export const resellerProductQuery = z.object({ ...page, q: distributionSearch });
/** 商品管理 > 分销设置 list: page and a product-name search */
export const sellerDistributionProductQuery = z.object({ ...page, q: distributionSearch });
export const resellerProductSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  sellerName: z.string(),
  ratePct: z.number().int(),
  /** the lowest prepaid price, for the reseller's own marketing */
  fromPriceFen: z.number().int().nullable(),
  /** the product page with ?ref=<code> */
  referralPath: z.string(),
});
export type ResellerProduct = z.infer<typeof resellerProductSchema>;

export const referredOrderQuery = z.object({
  ...page,
  /** 'YYYY-MM' Beijing month */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});
export const referredOrderSchema = z.object({
  orderId: z.string(),
  orderNo: z.string(),
  productName: z.string(),
  /** masked buyer account */
  buyer: z.string(),
  paidFen: z.number().int(),
  ratePct: z.number().int(),
  commissionFen: z.number().int(),
  commissionStatus: z.enum(['pending', 'settled', 'clawed_back', 'cancelled']),
  createdAt: isoDate,
  settledAt: isoDate.nullable(),
});
export type ReferredOrder = z.infer<typeof referredOrderSchema>;

/** 月度结算单: one row per Beijing month */
export const resellerStatementSchema = z.object({
  month: z.string(),
  orderCount: z.number().int(),
  settledFen: z.number().int(),
  clawedBackFen: z.number().int(),
  netFen: z.number().int(),
});
export type ResellerStatement = z.infer<typeof resellerStatementSchema>;

/* ---------- the operator's platform finance ---------- */

export const resellerTotalSchema = z.object({
  userId: z.string(),
  code: z.string(),
  displayName: z.string(),
  orderCount: z.number().int(),
  settledFen: z.number().int(),
  clawedBackFen: z.number().int(),
  balanceFen: z.number().int(),
});
export type ResellerTotal = z.infer<typeof resellerTotalSchema>;
