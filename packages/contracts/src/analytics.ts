import { z } from 'zod';
import { productTypes } from './catalog.js';

/* ---------- analytics: 经营数据 (guide 7 分析经营数据) ---------- */

/* ---- ingestion: POST /api/v1/track (docs/analytics.md) ---- */

const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not an id');

export const trackEventTypes = ['view', 'leave'] as const;
export type TrackEventType = (typeof trackEventTypes)[number];
/** product page (商品详情页), shop page (店铺页), order pages (checkout / pay, 订单页) */
export const trackPages = ['product', 'shop', 'order'] as const;
export type TrackPage = (typeof trackPages)[number];

export const trackEventSchema = z.object({
  /** one per page view, made by the client; the 'leave' of a view carries the same viewId */
  viewId: clientId,
  type: z.enum(trackEventTypes),
  page: z.enum(trackPages),
  /** product page, or the order page for that product */
  productId: z.string().min(1).max(64).optional(),
  /** shop page (a product page's seller is resolved on the server) */
  sellerId: z.string().min(1).max(64).optional(),
  /** only on 'leave': how long the page was open */
  dwellMs: z.number().int().min(0).max(86_400_000).optional(),
});
export type TrackEvent = z.infer<typeof trackEventSchema>;

export const trackBatch = z.object({
  sessionId: clientId,
  events: z.array(trackEventSchema).min(1).max(50),
});
export type TrackBatch = z.infer<typeof trackBatch>;

/** the largest body /api/v1/track accepts (413 beyond) */
export const TRACK_MAX_BODY_BYTES = 16 * 1024;
/** the first-party visitor cookie the server sets */
export const VISITOR_COOKIE = 'cm_vid';

/* ---- seller reports: GET /api/v1/seller/analytics/{overview,trade,traffic,products} ---- */

export const analyticsPeriods = ['day', 'week', 'month'] as const;
export type AnalyticsPeriod = (typeof analyticsPeriods)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const analyticsQuery = z.object({
  period: z.enum(analyticsPeriods).default('day'),
  /** any Beijing day inside the period; defaults to today (Beijing) */
  date: day.optional(),
});
export type AnalyticsQuery = z.infer<typeof analyticsQuery>;

export const analyticsProductsQuery = analyticsQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** product title contains */
  q: z.string().trim().max(60).optional(),
});
export type AnalyticsProductsQuery = z.infer<typeof analyticsProductsQuery>;

/**
 * One figure of the period with the previous period's (环比). Rates are 0..1 and null when the
 * denominator is 0; money is integer fen. change = (value − previous) / previous, null when the
 * previous value is 0 or null.
 */
export const metricSchema = z.object({
  value: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
});
export type Metric = z.infer<typeof metricSchema>;

/** the period the report covers: Beijing days [from, to] inclusive, and the previous one */
export const analyticsRangeSchema = z.object({
  period: z.enum(analyticsPeriods),
  from: day,
  to: day,
  previousFrom: day,
  previousTo: day,
});
export type AnalyticsRange = z.infer<typeof analyticsRangeSchema>;

/** trend buckets: 'YYYY-MM-DD' per day for week / month, 'HH' (00..23, Beijing) per hour for day */
const bucket = z.string();

export const topProductSchema = z.object({
  productId: z.string(),
  title: z.string(),
  value: z.number().int(),
});
export type TopProduct = z.infer<typeof topProductSchema>;

/** 总览 */
export const analyticsOverviewSchema = z.object({
  range: analyticsRangeSchema,
  trade: z.object({
    /** 下单转化率 = 下单买家数 / UV */
    orderConversion: metricSchema,
    /** 支付转化率 = 支付买家数 / UV */
    payConversion: metricSchema,
    /** 下单-支付转化率 = 支付买家数 / 下单买家数 */
    orderToPayConversion: metricSchema,
    /** 交易金额: paid amount of all products, refunds excluded (fen) */
    gmvFen: metricSchema,
  }),
  traffic: z.object({
    /** 访客数 = product pages' UV + shop page UV */
    visitors: metricSchema,
    /** 浏览量 = product pages' PV + shop page PV */
    views: metricSchema,
    /** 人均浏览量 = product pages' PV/UV + shop page PV/UV */
    pvPerVisitor: metricSchema,
    /** 平均停留时间 (seconds) = product page stay / UV + order page stay / UV + shop page stay / UV */
    avgStaySeconds: metricSchema,
  }),
  products: z.object({
    /** 商品访客数: product pages' UV */
    visitors: metricSchema,
    /** 商品浏览量: product pages' PV */
    views: metricSchema,
    /** 详情页人均浏览量: product pages' PV / UV */
    pvPerVisitor: metricSchema,
    /** 商品跳出率: sum of the product pages' bounce rates / number of products visited */
    bounceRate: metricSchema,
  }),
  trend: z.array(
    z.object({
      bucket,
      visitors: z.number().int(),
      views: z.number().int(),
      orderingBuyers: z.number().int(),
      payingBuyers: z.number().int(),
      gmvFen: z.number().int(),
    }),
  ),
  /** 商品访客排行Top3 (value = visitors) */
  topByVisitors: z.array(topProductSchema),
  /** 商品交易排行Top3 (value = orders placed) */
  topByOrders: z.array(topProductSchema),
});
export type AnalyticsOverview = z.infer<typeof analyticsOverviewSchema>;

export const categoryTradeRowSchema = z.object({
  categoryId: z.string(),
  categoryName: z.string(),
  paidFen: z.number().int(),
  payingBuyers: z.number().int(),
  /** 下单转化率 / 支付转化率 of the category (buyers / the category's product-page UV) */
  orderConversion: z.number().nullable(),
  payConversion: z.number().nullable(),
});
export type CategoryTradeRow = z.infer<typeof categoryTradeRowSchema>;

/** 交易 */
export const analyticsTradeSchema = z.object({
  range: analyticsRangeSchema,
  /** 财务概况 */
  finance: z.object({
    /** 交易额 (refunds excluded) */
    gmvFen: metricSchema,
    /** 申请退款金额 */
    refundAppliedFen: metricSchema,
    /** 收支数据: cash and voucher income and their shares */
    cashIncomeFen: z.number().int(),
    voucherIncomeFen: z.number().int(),
    cashShare: z.number().nullable(),
    voucherShare: z.number().nullable(),
  }),
  /** 交易构成 */
  composition: z.object({
    purchaseOrders: z.number().int(),
    refundOrders: z.number().int(),
    purchaseShare: z.number().nullable(),
    refundShare: z.number().nullable(),
    categories: z.array(categoryTradeRowSchema),
  }),
  /** 交易概况 · 流量总览 */
  overview: z.object({
    visitors: metricSchema,
    orderingBuyers: metricSchema,
    orderAmountFen: metricSchema,
    payingBuyers: metricSchema,
    paidFen: metricSchema,
  }),
  /** 交易概况 · 交易趋势 */
  trend: z.array(
    z.object({
      bucket,
      paidFen: z.number().int(),
      payingBuyers: z.number().int(),
      /** 客单价 = paid amount / paying buyers (fen), null without buyers */
      perCustomerFen: z.number().int().nullable(),
      orderAmountFen: z.number().int(),
      orderingBuyers: z.number().int(),
      orderConversion: z.number().nullable(),
      payConversion: z.number().nullable(),
      orderToPayConversion: z.number().nullable(),
    }),
  ),
});
export type AnalyticsTrade = z.infer<typeof analyticsTradeSchema>;

/** 流量 */
export const analyticsTrafficSchema = z.object({
  range: analyticsRangeSchema,
  overview: z.object({
    /** 访客数 = product pages' UV + shop page UV */
    visitors: metricSchema,
    /** 浏览量 = product pages' PV + shop page PV */
    views: metricSchema,
    /** 平均跳出率 = (product pages' bounce rate + order page's + shop page's) / 3 */
    bounceRate: metricSchema,
    /** 人均浏览量 = product pages' PV/UV + shop page PV/UV */
    pvPerVisitor: metricSchema,
    /** 平均停留时间 (seconds) = (product pages' stay / product pages visited + shop page stay) / 2 */
    avgStaySeconds: metricSchema,
  }),
  trend: z.array(
    z.object({
      bucket,
      productVisitors: z.number().int(),
      productViews: z.number().int(),
      visitedProducts: z.number().int(),
      avgStaySeconds: z.number().nullable(),
      bounceRate: z.number().nullable(),
    }),
  ),
});
export type AnalyticsTraffic = z.infer<typeof analyticsTrafficSchema>;

export const productAnalyticsRowSchema = z.object({
  productId: z.string(),
  title: z.string(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  views: z.number().int(),
  visitors: z.number().int(),
  /** 详情页平均停留时间 (seconds) */
  avgStaySeconds: z.number().nullable(),
  orderAmountFen: z.number().int(),
  paidFen: z.number().int(),
  orderingBuyers: z.number().int(),
  payingBuyers: z.number().int(),
});
export type ProductAnalyticsRow = z.infer<typeof productAnalyticsRowSchema>;

/** The figures 类目明细 and 商品类目明细 both give for a group of products */
const breakdownFigures = {
  products: z.number().int(),
  visitors: z.number().int(),
  views: z.number().int(),
  bounceRate: z.number().nullable(),
  orderAmountFen: z.number().int(),
  paidFen: z.number().int(),
  payingBuyers: z.number().int(),
};
export type BreakdownFigures = z.infer<z.ZodObject<typeof breakdownFigures>>;

export const categoryAnalyticsRowSchema = z.object({
  categoryId: z.string(),
  categoryName: z.string(),
  ...breakdownFigures,
});
export type CategoryAnalyticsRow = z.infer<typeof categoryAnalyticsRowSchema>;

/** 商品类目明细: the same figures as 类目明细, per product type (商品类目) instead of market category */
export const productTypeAnalyticsRowSchema = z.object({
  productType: z.enum(productTypes),
  ...breakdownFigures,
});
export type ProductTypeAnalyticsRow = z.infer<typeof productTypeAnalyticsRowSchema>;

/** 商品 */
export const analyticsProductsSchema = z.object({
  range: analyticsRangeSchema,
  /** 商品概况 */
  overview: z.object({
    /** 商品访客数: sum of the product pages' UV */
    visitors: metricSchema,
    /** 商品浏览量 (the guide's row says UV, its name and 总览 say PV: PV) */
    views: metricSchema,
    /** 被访问商品数: products whose page PV > 0 */
    visitedProducts: metricSchema,
    /** 平均停留时间 (seconds): product pages' stay / products visited */
    avgStaySeconds: metricSchema,
    /** 详情页跳出率: mean of the product pages' bounce rates */
    bounceRate: metricSchema,
  }),
  trend: z.array(
    z.object({
      bucket,
      visitors: z.number().int(),
      views: z.number().int(),
      bounceRate: z.number().nullable(),
      pvPerVisitor: z.number().nullable(),
      avgStaySeconds: z.number().nullable(),
    }),
  ),
  /** 商品明细 */
  rows: z.object({
    items: z.array(productAnalyticsRowSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
  /** 类目明细 */
  categories: z.array(categoryAnalyticsRowSchema),
  /** 商品类目明细 (in the order of productTypes, the types the seller has products of) */
  productTypes: z.array(productTypeAnalyticsRowSchema),
});
export type AnalyticsProducts = z.infer<typeof analyticsProductsSchema>;

/* ---- CSV export through 我的下载 ---- */

export const analyticsReports = ['overview', 'trade', 'traffic', 'products'] as const;
export type AnalyticsReport = (typeof analyticsReports)[number];

export const analyticsExportRequest = z.object({
  report: z.enum(analyticsReports),
  period: z.enum(analyticsPeriods),
  date: day.optional(),
});
export type AnalyticsExportRequest = z.infer<typeof analyticsExportRequest>;
