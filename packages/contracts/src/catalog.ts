import { z } from 'zod';
import { purchaseUnits } from './orders.js';

/* ---------- catalog: products, specs, reviews, categories, storefront ---------- */

export const productTypes = ['saas', 'service', 'api', 'image', 'download'] as const;
export const billingModes = ['prepaid', 'postpaid'] as const;
/** draft → listed → delisted; a delisted product is never listed again */
export const productStatuses = ['draft', 'listed', 'delisted'] as const;
/** the product's latest listing review */
export const listingReviewStatuses = ['none', 'pending', 'approved', 'rejected'] as const;
export const productReviewKinds = ['listing', 'delisting'] as const;
export const productReviewStatuses = ['pending', 'approved', 'rejected'] as const;
/** how the product page shows media (DOMAIN 2.11–2.12) */
export const mediaLayouts = ['video_and_live', 'live', 'video', 'none'] as const;
/** what a listing submission can lack; sent in the `listing_incomplete` problem's `problems` */
export const listingProblems = ['name_missing', 'description_missing', 'no_priced_visible_spec', 'spi_url_missing'] as const;

export type ProductType = (typeof productTypes)[number];
export type BillingMode = (typeof billingModes)[number];
export type ProductStatus = (typeof productStatuses)[number];
export type ListingReviewStatus = (typeof listingReviewStatuses)[number];
export type ProductReviewKind = (typeof productReviewKinds)[number];
export type ProductReviewStatus = (typeof productReviewStatuses)[number];
export type MediaLayout = (typeof mediaLayouts)[number];
export type ListingProblem = (typeof listingProblems)[number];

/** Product codes are this prefix + a sequence number, e.g. cmapp100001. */
export const productCodePrefixes: Readonly<Record<ProductType, string>> = {
  saas: 'cmapp',
  service: 'cmsvc',
  api: 'cmapi',
  image: 'cmimg',
  download: 'cmdl',
};

/** Postpaid (pay per use) exists only for SaaS and API products. */
export function postpaidAllowed(type: ProductType): boolean {
  return type === 'saas' || type === 'api';
}

const entityId = z.string().trim().min(1).max(64);
const pageFields = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
/** Up to 10 000 000 yuan per price row. */
const priceFen = z.number().int().min(0).max(1_000_000_000);

/* ---- seller: products ---- */

export const sellerProductListQuery = z.object({
  code: z.string().trim().max(32).optional(),
  name: z.string().trim().max(100).optional(),
  type: z.enum(productTypes).optional(),
  status: z.enum(productStatuses).optional(),
  reviewStatus: z.enum(listingReviewStatuses).optional(),
  ...pageFields,
});
export type SellerProductListQuery = z.infer<typeof sellerProductListQuery>;

const productContentFields = z.object({
  categoryId: entityId,
  name: z.string().trim().min(1).max(100),
  summary: z.string().trim().max(300).optional(),
  description: z.string().trim().max(20_000).optional(),
  customerCases: z.string().trim().max(10_000).optional(),
  qualification: z.string().trim().max(5_000).optional(),
  /** ids of uploaded files of purpose `image` owned by the seller; the first is the cover */
  imageFileIds: z.array(entityId).max(10).optional(),
  /** an uploaded file of purpose `video` (mp4 ≤ 50 MB) */
  videoFileId: entityId.nullable().optional(),
  liveId: entityId.nullable().optional(),
});

export const createProductBody = productContentFields
  .extend({ type: z.enum(productTypes), billing: z.enum(billingModes).default('prepaid') })
  .refine((b) => b.billing === 'prepaid' || postpaidAllowed(b.type), { path: ['billing'], message: 'postpaid billing is only for saas and api products' });
export type CreateProductBody = z.infer<typeof createProductBody>;

/** Listed products: only texts and media may change; billing and category are fixed. Delisted: nothing. */
export const updateProductBody = productContentFields.partial().extend({ billing: z.enum(billingModes).optional() });
export type UpdateProductBody = z.infer<typeof updateProductBody>;

export const sellerProductRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.enum(productTypes),
  billing: z.enum(billingModes),
  status: z.enum(productStatuses),
  reviewStatus: z.enum(listingReviewStatuses),
  visible: z.boolean(),
  createdAt: z.string(),
  listedAt: z.string().nullable(),
});
export type SellerProductRow = z.infer<typeof sellerProductRowSchema>;

export const specPriceSchema = z.object({ unit: z.enum(purchaseUnits), duration: z.number().int(), priceFen: z.number().int() });
export type SpecPrice = z.infer<typeof specPriceSchema>;
export const specMeterSchema = z.object({ dimension: z.string(), unitLabel: z.string(), priceFen: z.number().int(), per: z.number().int() });
export type SpecMeter = z.infer<typeof specMeterSchema>;

export const specSchema = z.object({
  id: z.string(),
  name: z.string(),
  hidden: z.boolean(),
  isTrial: z.boolean(),
  trialDays: z.number().int().nullable(),
  sort: z.number().int(),
  prices: z.array(specPriceSchema),
  meters: z.array(specMeterSchema),
});
export type Spec = z.infer<typeof specSchema>;

export const productReviewSchema = z.object({
  id: z.string(),
  kind: z.enum(productReviewKinds),
  status: z.enum(productReviewStatuses),
  /** delisting: the seller's reason */
  reason: z.string().nullable(),
  activeUsers: z.number().int().nullable(),
  letterFileId: z.string().nullable(),
  /** the operator's reason (required when rejecting) */
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ProductReview = z.infer<typeof productReviewSchema>;

export const sellerProductDetailSchema = sellerProductRowSchema.extend({
  categoryId: z.string(),
  categoryNameZh: z.string(),
  categoryNameEn: z.string(),
  summary: z.string(),
  description: z.string(),
  customerCases: z.string(),
  qualification: z.string(),
  imageFileIds: z.array(z.string()),
  videoFileId: z.string().nullable(),
  liveId: z.string().nullable(),
  /** SaaS provisioning endpoint, set through the SPI configuration; required before a SaaS product is submitted */
  spiUrl: z.string().nullable(),
  rejectReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  delistedAt: z.string().nullable(),
  updatedAt: z.string(),
  specs: z.array(specSchema),
  latestListingReview: productReviewSchema.nullable(),
  /** the latest delisting request, pending or decided */
  delistingRequest: productReviewSchema.nullable(),
});
export type SellerProductDetail = z.infer<typeof sellerProductDetailSchema>;

/* ---- seller: specs ---- */

export const specPriceInput = z
  .object({ unit: z.enum(purchaseUnits), duration: z.number().int().min(1).max(36), priceFen })
  .refine((p) => p.unit === 'month' || p.duration <= 5, { path: ['duration'], message: '1–36 months or 1–5 years' });
export const specMeterInput = z.object({
  /** machine name of the metered dimension, as the ISV reports usage (e.g. `calls`) */
  dimension: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and underscores'),
  unitLabel: z.string().trim().min(1).max(20),
  /** fen per `per` units */
  priceFen,
  per: z.number().int().min(1).max(1_000_000).default(1),
});

type PriceIn = z.infer<typeof specPriceInput>;
type MeterIn = z.infer<typeof specMeterInput>;

function checkUnique(b: { prices?: PriceIn[] | undefined; meters?: MeterIn[] | undefined }, ctx: z.RefinementCtx): void {
  const periods = (b.prices ?? []).map((p) => `${p.unit}:${p.duration}`);
  if (new Set(periods).size !== periods.length) ctx.addIssue({ code: 'custom', path: ['prices'], message: 'each unit and duration once' });
  const dims = (b.meters ?? []).map((m) => m.dimension);
  if (new Set(dims).size !== dims.length) ctx.addIssue({ code: 'custom', path: ['meters'], message: 'each dimension once' });
}

/** Trial specs are free for 1–90 days and have no prices; prices are for prepaid products, meters for postpaid. */
export const createSpecBody = z
  .object({
    name: z.string().trim().min(1).max(60),
    isTrial: z.boolean().default(false),
    trialDays: z.number().int().min(1).max(90).optional(),
    prices: z.array(specPriceInput).max(50).optional(),
    meters: z.array(specMeterInput).max(20).optional(),
  })
  .superRefine((b, ctx) => {
    checkUnique(b, ctx);
    if (b.isTrial && b.trialDays === undefined) ctx.addIssue({ code: 'custom', path: ['trialDays'], message: 'a trial spec needs trialDays' });
    if (!b.isTrial && b.trialDays !== undefined) ctx.addIssue({ code: 'custom', path: ['trialDays'], message: 'only trial specs have trialDays' });
    if (b.isTrial && (b.prices?.length || b.meters?.length)) ctx.addIssue({ code: 'custom', path: ['prices'], message: 'trial specs are free' });
  });
export type CreateSpecBody = z.infer<typeof createSpecBody>;

/** prices / meters, when given, replace the spec's whole list. */
export const updateSpecBody = z
  .object({
    name: z.string().trim().min(1).max(60).optional(),
    trialDays: z.number().int().min(1).max(90).optional(),
    prices: z.array(specPriceInput).max(50).optional(),
    meters: z.array(specMeterInput).max(20).optional(),
  })
  .superRefine(checkUnique);
export type UpdateSpecBody = z.infer<typeof updateSpecBody>;

export const productVisibilityBody = z.object({ visible: z.boolean() });
export const specVisibilityBody = z.object({ hidden: z.boolean() });

/* ---- seller: delisting (DOMAIN 6) ---- */

export const delistingRequestBody = z.object({
  reason: z.string().trim().min(1).max(500),
  activeUsers: z.number().int().min(0).max(1_000_000_000),
  /** the signed letter's scan: an uploaded file of purpose `scan_archive` or `document` */
  letterFileId: entityId,
});
export type DelistingRequestBody = z.infer<typeof delistingRequestBody>;

/* ---- operator ---- */

export const operatorReviewListQuery = z.object({
  kind: z.enum(productReviewKinds).optional(),
  status: z.enum(productReviewStatuses).optional(),
  ...pageFields,
});
export type OperatorReviewListQuery = z.infer<typeof operatorReviewListQuery>;

export const operatorReviewSchema = productReviewSchema.extend({
  productId: z.string(),
  productCode: z.string(),
  productName: z.string(),
  productType: z.enum(productTypes),
  sellerId: z.string(),
  sellerCode: z.string(),
  sellerName: z.string(),
  /** when the seller submitted it */
  submittedAt: z.string(),
});
export type OperatorReview = z.infer<typeof operatorReviewSchema>;

export const rejectReviewBody = z.object({ reason: z.string().trim().min(1).max(500) });

export const categorySchema = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** platform commission in basis points (1% = 100) */
  commissionBp: z.number().int(),
  sort: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

export const updateCategoryBody = z.object({ commissionBp: z.number().int().min(0).max(5000) });

/* ---- storefront ---- */

export const storeCategorySchema = categorySchema.omit({ commissionBp: true }).extend({ productCount: z.number().int() });
export type StoreCategory = z.infer<typeof storeCategorySchema>;

/** Store list orders: newest listed first (default), lowest price either way, most sold, best rated. */
export const storeSorts = ['newest', 'price_asc', 'price_desc', 'sales', 'rating'] as const;
export type StoreSort = (typeof storeSorts)[number];
const priceBoundFen = z.coerce.number().int().min(0).max(1_000_000_000);

export const storeProductQuery = z
  .object({
    /** matches the name (contains) or the code */
    q: z.string().trim().max(100).optional(),
    categoryId: entityId.optional(),
    sellerCode: z.string().trim().max(64).optional(),
    type: z.enum(productTypes).optional(),
    /** on the lowest visible prepaid price; a price bound leaves out products without one */
    minPriceFen: priceBoundFen.optional(),
    maxPriceFen: priceBoundFen.optional(),
    sort: z.enum(storeSorts).default('newest'),
    ...pageFields,
  })
  .refine((q) => q.minPriceFen === undefined || q.maxPriceFen === undefined || q.minPriceFen <= q.maxPriceFen, {
    message: 'minPriceFen must not exceed maxPriceFen',
    path: ['maxPriceFen'],
  });
export type StoreProductQuery = z.infer<typeof storeProductQuery>;

const shopRef = z.object({ code: z.string(), name: z.string() });

export const storeProductCardSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  summary: z.string(),
  type: z.enum(productTypes),
  billing: z.enum(billingModes),
  categoryId: z.string(),
  seller: shopRef,
  coverImageFileId: z.string().nullable(),
  /** lowest price of a visible prepaid spec; null for postpaid or unpriced products */
  lowestPriceFen: z.number().int().nullable(),
  hasTrial: z.boolean(),
  listedAt: z.string().nullable(),
  /** paid purchases (new orders and trial conversions) */
  salesCount: z.number().int(),
  /** mean of the buyers' own reviews (quality, attitude, speed; default reviews left out), one decimal; null without any */
  rating: z.number().nullable(),
});
export type StoreProductCard = z.infer<typeof storeProductCardSchema>;

export const storeSpecSchema = specSchema.omit({ hidden: true, sort: true });
export type StoreSpec = z.infer<typeof storeSpecSchema>;

export const storeProductDetailSchema = storeProductCardSchema.extend({
  description: z.string(),
  customerCases: z.string(),
  qualification: z.string(),
  imageFileIds: z.array(z.string()),
  videoFileId: z.string().nullable(),
  liveId: z.string().nullable(),
  media: z.enum(mediaLayouts),
  /** false: reached by its preview URL only */
  visible: z.boolean(),
  specs: z.array(storeSpecSchema),
  /** 云原生产品徽章: linked to a hosted product that passed 托管审核 (guide 1.1 平台权益) */
  cloudNative: z.boolean(),
});
export type StoreProductDetail = z.infer<typeof storeProductDetailSchema>;

export const storeShopQuery = z.object(pageFields);
export const storeShopSchema = z.object({
  seller: shopRef,
  products: z.object({ items: z.array(storeProductCardSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
});
export type StoreShop = z.infer<typeof storeShopSchema>;
