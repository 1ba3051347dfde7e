import { z } from 'zod';
import { purchaseUnits } from './orders.js';

/* ---------- promotions: product discounts (guide 2.9 设置优惠价格) and coupons (guide 2.10 设置优惠券) ---------- */

const isoDate = z.iso.datetime({ offset: true });
const entityId = z.string().trim().min(1).max(64);
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
const fen = z.number().int().min(1).max(100_000_000_00);
/**
 * A rate in tenths of 折 (guide 2.10 "单位'折'，填写 0.1 - 9.9 之间的数字"): 85 = 8.5 折, the buyer pays 85 %.
 * Integers avoid floating 0.1 steps; the web form shows and takes 折 with one decimal.
 */
export const rateTenths = z.number().int().min(1).max(99);

/** The buyer's client (guide 2.9 优惠条件 > 客户端). */
export const clients = ['pc', 'mobile'] as const;
export type Client = (typeof clients)[number];

/**
 * Order business types a discount or coupon may require (guide 2.9 "新购、续费、升级、升配"; 2.10 "新购、续费、升级").
 * Our upgrade order is both 升级 and 升配 (a spec change); a trial's conversion (转正) is a purchase, so it counts as new.
 */
export const promotionScenarios = ['new', 'renew', 'upgrade'] as const;
export type PromotionScenario = (typeof promotionScenarios)[number];

/* ---------- discounts (商品优惠) ---------- */

export const discountTypes = ['amount_off', 'percent_off'] as const;
export type DiscountType = (typeof discountTypes)[number];
/** 预发布 (only the seller sees it, as a preview on the product page) → 已发布 (everyone). */
export const discountPublishStatuses = ['prepublished', 'published'] as const;
export type DiscountPublishStatus = (typeof discountPublishStatuses)[number];
/** 生效状态, from the clock and the time window: 未生效 / 已生效 / 已失效. */
export const effectiveStatuses = ['pending', 'active', 'expired'] as const;
export type EffectiveStatus = (typeof effectiveStatuses)[number];

const termSchema = z.object({ unit: z.enum(purchaseUnits), duration: z.number().int().min(1).max(120) });

/** 优惠条件: 无条件享受 is every field empty/false; 指定限制条件 sets any of them. */
export const discountConditions = z.object({
  /** 订单业务类型; empty = any */
  scenarios: z.array(z.enum(promotionScenarios)).max(3).default([]),
  /** 订购个数: quantity ≥ this; null = any */
  minQuantity: z.number().int().min(1).max(100).nullable().default(null),
  /** 客户端; empty = any */
  clients: z.array(z.enum(clients)).max(2).default([]),
  /** 订购时长; empty = any */
  terms: z.array(termSchema).max(20).default([]),
  /** 是否必须首购: the buyer has never paid an order of this product */
  firstPurchaseOnly: z.boolean().default(false),
  /** 是否必须实名 */
  realNameOnly: z.boolean().default(false),
});
export type DiscountConditions = z.infer<typeof discountConditions>;

export const discountBody = z
  .object({
    productId: entityId,
    /** 优惠名称, shown on the product page */
    name: z.string().trim().min(1).max(30),
    type: z.enum(discountTypes),
    /** 直减: fen off the unit price (never above any price of the chosen specs) */
    amountOffFen: fen.nullable().default(null),
    /** 折扣: tenths of 折 (1–99) */
    rateTenths: rateTenths.nullable().default(null),
    startsAt: isoDate,
    endsAt: isoDate,
    /** 购买指定版本: at least one spec of the product */
    specIds: z.array(entityId).min(1).max(50),
    conditions: discountConditions.default({ scenarios: [], minQuantity: null, clients: [], terms: [], firstPurchaseOnly: false, realNameOnly: false }),
  })
  .refine((b) => (b.type === 'amount_off' ? b.amountOffFen !== null : b.rateTenths !== null), {
    message: 'amount_off needs amountOffFen, percent_off needs rateTenths',
    path: ['type'],
  })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), { message: 'endsAt must be after startsAt', path: ['endsAt'] });
export type DiscountBody = z.infer<typeof discountBody>;

export const discountSchema = z.object({
  id: z.string(),
  productId: z.string(),
  productName: z.string(),
  name: z.string(),
  type: z.enum(discountTypes),
  amountOffFen: z.number().int().nullable(),
  rateTenths: z.number().int().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  specIds: z.array(z.string()),
  conditions: discountConditions,
  publishStatus: z.enum(discountPublishStatuses),
  effectiveStatus: z.enum(effectiveStatuses),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type Discount = z.infer<typeof discountSchema>;

export const discountListQuery = z.object({
  productId: entityId.optional(),
  name: z.string().trim().max(30).optional(),
  publishStatus: z.enum(discountPublishStatuses).optional(),
  effectiveStatus: z.enum(effectiveStatuses).optional(),
  ...page,
});
export type DiscountListQuery = z.infer<typeof discountListQuery>;

/* ---------- coupons (优惠券) ---------- */

/** 折扣券 (pay rate/10 of the amount) and 满额券/满减券 (reduce X when the amount ≥ Y). */
export const couponKinds = ['percent', 'threshold'] as const;
export type CouponKind = (typeof couponKinds)[number];
export const couponScopes = ['shop', 'products'] as const;
export type CouponScope = (typeof couponScopes)[number];
/** 正常 / 已作废 / 已过期 (expired once the 使用期限 has ended). */
export const couponStatuses = ['normal', 'voided', 'expired'] as const;
export type CouponStatus = (typeof couponStatuses)[number];
/** How a buyer came to hold a coupon: claimed on a product page, granted by the purchased-products rule, sent by the seller. */
export const couponHoldingSources = ['claim', 'grant', 'sent'] as const;
export type CouponHoldingSource = (typeof couponHoldingSources)[number];
/** 我的优惠券: 可使用 / 已使用 / 已过期 (a voided coupon's unused holdings read as expired). */
export const couponHoldingStatuses = ['usable', 'used', 'expired'] as const;
export type CouponHoldingStatus = (typeof couponHoldingStatuses)[number];

export const couponBody = z
  .object({
    name: z.string().trim().min(1).max(30),
    scope: z.enum(couponScopes),
    /** 适用商品, when scope = products */
    productIds: z.array(entityId).max(50).default([]),
    kind: z.enum(couponKinds),
    /** 折扣力度 in tenths of 折, for percent */
    rateTenths: rateTenths.nullable().default(null),
    /** 满减额度, for threshold */
    reduceFen: fen.nullable().default(null),
    /** 金额限制: the order amount (after the discount) must be ≥ this, for threshold */
    thresholdFen: fen.nullable().default(null),
    /** 领取限制: per buyer */
    perUserLimit: z.number().int().min(1).max(100),
    /** 发放时间: when buyers can claim (and grants are made) */
    issueFrom: isoDate,
    issueTo: isoDate,
    /** 优惠券使用期限 */
    validFrom: isoDate,
    validTo: isoDate,
    /** 发行数量 */
    issueCount: z.number().int().min(1).max(1_000_000),
    /** 适用限制 */
    scenarios: z.array(z.enum(promotionScenarios)).min(1).max(3),
    /** 在店铺中显示 */
    showInShop: z.boolean(),
    /** 已购商品范围: when set, the coupon is granted automatically to buyers of these products (and cannot be claimed) */
    purchasedProductIds: z.array(entityId).max(50).default([]),
    /** 已购商品时间 (optional; only with purchasedProductIds) */
    purchasedFrom: isoDate.nullable().default(null),
    purchasedTo: isoDate.nullable().default(null),
  })
  .refine((b) => b.scope === 'shop' || b.productIds.length > 0, { message: 'choose at least one product', path: ['productIds'] })
  .refine((b) => (b.kind === 'percent' ? b.rateTenths !== null : b.reduceFen !== null && b.thresholdFen !== null), {
    message: 'percent needs rateTenths, threshold needs reduceFen and thresholdFen',
    path: ['kind'],
  })
  .refine((b) => b.kind !== 'threshold' || (b.reduceFen ?? 0) <= (b.thresholdFen ?? 0), {
    message: 'the reduction cannot exceed the threshold',
    path: ['reduceFen'],
  })
  .refine((b) => Date.parse(b.issueTo) > Date.parse(b.issueFrom), { message: 'issueTo must be after issueFrom', path: ['issueTo'] })
  .refine((b) => Date.parse(b.validTo) > Date.parse(b.validFrom), { message: 'validTo must be after validFrom', path: ['validTo'] })
  .refine((b) => Date.parse(b.validTo) >= Date.parse(b.issueTo), { message: 'the coupon must stay valid until issuing ends', path: ['validTo'] })
  .refine((b) => (b.purchasedFrom === null && b.purchasedTo === null) || b.purchasedProductIds.length > 0, {
    message: 'a purchase time needs purchased products',
    path: ['purchasedFrom'],
  })
  .refine((b) => b.purchasedFrom === null || b.purchasedTo === null || Date.parse(b.purchasedTo) > Date.parse(b.purchasedFrom), {
    message: 'purchasedTo must be after purchasedFrom',
    path: ['purchasedTo'],
  });
export type CouponBody = z.infer<typeof couponBody>;

const couponCore = {
  id: z.string(),
  name: z.string(),
  scope: z.enum(couponScopes),
  products: z.array(z.object({ id: z.string(), name: z.string() })),
  kind: z.enum(couponKinds),
  rateTenths: z.number().int().nullable(),
  reduceFen: z.number().int().nullable(),
  thresholdFen: z.number().int().nullable(),
  validFrom: z.string(),
  validTo: z.string(),
  scenarios: z.array(z.enum(promotionScenarios)),
};

export const couponSchema = z.object({
  ...couponCore,
  perUserLimit: z.number().int(),
  issueFrom: z.string(),
  issueTo: z.string(),
  issueCount: z.number().int(),
  showInShop: z.boolean(),
  purchasedProducts: z.array(z.object({ id: z.string(), name: z.string() })),
  purchasedFrom: z.string().nullable(),
  purchasedTo: z.string().nullable(),
  status: z.enum(couponStatuses),
  claimedCount: z.number().int(),
  usedCount: z.number().int(),
  /** holdings unused when the coupon expired or was voided */
  expiredCount: z.number().int(),
  createdAt: z.string(),
  voidedAt: z.string().nullable(),
});
export type Coupon = z.infer<typeof couponSchema>;

export const couponListQuery = z.object({
  name: z.string().trim().max(30).optional(),
  status: z.enum(couponStatuses).optional(),
  ...page,
});
export type CouponListQuery = z.infer<typeof couponListQuery>;

/** One buyer's holding of a coupon, as the seller's detail page lists holders. */
export const couponHolderSchema = z.object({
  holdingId: z.string(),
  buyerUid: z.number().int(),
  buyerName: z.string(),
  source: z.enum(couponHoldingSources),
  status: z.enum(couponHoldingStatuses),
  createdAt: z.string(),
  usedAt: z.string().nullable(),
  orderNo: z.string().nullable(),
});
export type CouponHolder = z.infer<typeof couponHolderSchema>;

/** 发放优惠券 to chosen buyers (customer center, single or batch); counts against the issue count and each buyer's limit. */
export const couponSendBody = z.object({ buyerUids: z.array(z.number().int().positive()).min(1).max(200) });
export type CouponSendBody = z.infer<typeof couponSendBody>;
export const couponSendReply = z.object({
  sent: z.array(z.number().int()),
  refused: z.array(z.object({ buyerUid: z.number().int(), code: z.string() })),
});
export type CouponSendReply = z.infer<typeof couponSendReply>;

/** A coupon a viewer can see in the shop or on a product page. */
export const shopCouponSchema = z.object({
  ...couponCore,
  sellerName: z.string(),
  remaining: z.number().int(),
  /** signed-in buyers: how many they hold and whether they may claim one more */
  held: z.number().int(),
  claimable: z.boolean(),
  /** why not, when not: coupon_sold_out, coupon_claim_limit, coupon_grant_only, coupon_not_issuing */
  reason: z.string().nullable(),
});
export type ShopCoupon = z.infer<typeof shopCouponSchema>;

/** 我的优惠券 */
export const buyerCouponSchema = z.object({
  ...couponCore,
  holdingId: z.string(),
  couponId: z.string(),
  sellerName: z.string(),
  source: z.enum(couponHoldingSources),
  status: z.enum(couponHoldingStatuses),
  createdAt: z.string(),
  usedAt: z.string().nullable(),
  orderId: z.string().nullable(),
  orderNo: z.string().nullable(),
});
export type BuyerCoupon = z.infer<typeof buyerCouponSchema>;
export const buyerCouponListQuery = z.object({ status: z.enum(couponHoldingStatuses).default('usable'), ...page });
export type BuyerCouponListQuery = z.infer<typeof buyerCouponListQuery>;

/* ---------- prices: the best offer and the checkout breakdown ---------- */

/** The best price of one spec × term for this viewer (quantity 1, a new purchase, the client given). */
export const offerPriceSchema = z.object({
  specId: z.string(),
  unit: z.enum(purchaseUnits),
  duration: z.number().int(),
  listPriceFen: z.number().int(),
  bestPriceFen: z.number().int(),
  discount: z
    .object({
      id: z.string(),
      name: z.string(),
      type: z.enum(discountTypes),
      endsAt: z.string(),
      /** a 预发布 discount shown only to its seller */
      preview: z.boolean(),
    })
    .nullable(),
});
export type OfferPrice = z.infer<typeof offerPriceSchema>;

export const productOffersQuery = z.object({ client: z.enum(clients).default('pc') });
export const productOffersSchema = z.object({
  prices: z.array(offerPriceSchema),
  /** coupons shown in the shop (在店铺中显示) that apply to this product */
  coupons: z.array(shopCouponSchema),
  /** how discounts and coupons combine, as the page writes it */
  stacking: z.literal('best_discount_then_one_coupon'),
});
export type ProductOffers = z.infer<typeof productOffersSchema>;

export const orderBusinessTypes = ['new', 'renew', 'upgrade', 'trial_to_paid'] as const;

/**
 * 确认订单: the price of what POST /buyer/orders (or renew / upgrade / convert) would place.
 * couponHoldingId: undefined = preselect the best applicable coupon, null = no coupon.
 */
export const checkoutQuoteBody = z.object({
  type: z.enum(orderBusinessTypes),
  productId: entityId.optional(),
  specId: entityId.optional(),
  instanceId: entityId.optional(),
  unit: z.enum(purchaseUnits).optional(),
  duration: z.number().int().min(1).max(120).optional(),
  quantity: z.number().int().min(1).max(100).default(1),
  client: z.enum(clients).default('pc'),
  couponHoldingId: entityId.nullable().optional(),
});
export type CheckoutQuoteBody = z.infer<typeof checkoutQuoteBody>;

export const applicableCouponSchema = z.object({
  holdingId: z.string(),
  couponId: z.string(),
  name: z.string(),
  kind: z.enum(couponKinds),
  rateTenths: z.number().int().nullable(),
  reduceFen: z.number().int().nullable(),
  thresholdFen: z.number().int().nullable(),
  validTo: z.string(),
  /** what it would take off after the discount */
  amountFen: z.number().int(),
});
export type ApplicableCoupon = z.infer<typeof applicableCouponSchema>;

/** list → best discount → at most one coupon → paid; each step never below 0. */
export const priceBreakdownSchema = z.object({
  listPriceFen: z.number().int(),
  discount: z.object({ id: z.string(), name: z.string(), amountFen: z.number().int() }).nullable(),
  coupon: z.object({ id: z.string(), holdingId: z.string(), name: z.string(), amountFen: z.number().int() }).nullable(),
  paidFen: z.number().int(),
});
export type PriceBreakdown = z.infer<typeof priceBreakdownSchema>;

export const checkoutQuoteReply = priceBreakdownSchema.extend({
  /** the buyer's coupons that apply, best first */
  coupons: z.array(applicableCouponSchema),
  stacking: z.literal('best_discount_then_one_coupon'),
});
export type CheckoutQuoteReply = z.infer<typeof checkoutQuoteReply>;

/* ---------- added with the promotions routes (issue 12): the pickers' products and 实名认证 ---------- */

/** GET /seller/promotion-products: the seller's own products for the discount and coupon pickers (postpaid flagged). */
export const promotionProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  billing: z.enum(['prepaid', 'postpaid']),
  specs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      prices: z.array(z.object({ unit: z.enum(purchaseUnits), duration: z.number().int(), priceFen: z.number().int() })),
    }),
  ),
});
export type PromotionProduct = z.infer<typeof promotionProductSchema>;
export const promotionProductsReply = z.object({ items: z.array(promotionProductSchema) });

/** Sandbox 实名认证 (guide 2.9 是否必须实名): a name and an 18-character mainland ID number with a valid check digit. */
export const realNameBody = z.object({
  /** 2–30 characters; judged by the server (real_name_invalid), not by the schema */
  realName: z.string().trim().max(100),
  idNumber: z.string().trim().max(100),
});
export type RealNameBody = z.infer<typeof realNameBody>;
export const realNameStatusSchema = z.object({ verified: z.boolean(), verifiedAt: z.string().nullable() });
export type RealNameStatus = z.infer<typeof realNameStatusSchema>;
