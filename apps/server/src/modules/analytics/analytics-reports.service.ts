import type {
  BreakdownFigures,
  AnalyticsOverview,
  AnalyticsProducts,
  AnalyticsProductsQuery,
  AnalyticsQuery,
  AnalyticsTrade,
  AnalyticsTraffic,
  CategoryAnalyticsRow,
  CategoryTradeRow,
  ProductAnalyticsRow,
  ProductTypeAnalyticsRow,
  TopProduct,
} from '@cloudmart/contracts';
import { productTypes } from '@cloudmart/contracts';
import { beijingDate } from '../../platform/beijing-time.js';
import type { Db } from '../../platform/db/client.js';
import type { Deps } from '../../platform/module.js';
import {
  pageTrafficSums,
  productTrafficSums,
  sellerProducts,
  tradeByBucket,
  tradeByCategory,
  tradeByProduct,
  tradeByProductType,
  tradeSums,
  trafficBuckets,
  type PageTrafficSum,
  type ProductInfo,
  type ProductTrafficSum,
  type TradeSums,
} from './analytics-data.queries.js';
import { meanOf, metric, ratio, seconds, sumOf } from './analytics-figures.js';
import { bucketsOf, periodWindow, rangeOf, type PeriodWindow } from './analytics-periods.js';

/*
 * The four 数据 reports (guide 7), every figure as the guide words it; docs/analytics.md quotes
 * each definition and says how the ambiguous ones are read.
 */

interface Traffic {
  products: ProductTrafficSum[];
  pages: Record<'product' | 'shop' | 'order', PageTrafficSum>;
}

async function trafficOf(db: Db, sellerId: string, from: Date, to: Date): Promise<Traffic> {
  return { products: await productTrafficSums(db, sellerId, from, to), pages: await pageTrafficSums(db, sellerId, from, to) };
}

/** Figures of one period from its traffic and trade. */
function figuresOf(t: Traffic, trade: TradeSums) {
  const productUv = t.products.reduce((s, p) => s + p.uv, 0);
  const productPv = t.products.reduce((s, p) => s + p.pv, 0);
  const productStayMs = t.products.reduce((s, p) => s + p.stayMs, 0);
  const visited = t.products.filter((p) => p.pv > 0);
  const landed = t.products.filter((p) => p.landings > 0);
  const { shop, order } = t.pages;
  // 访客数 = 所有商品详情页UV和店铺页用户访问量UV的总和
  const visitors = productUv + shop.uv;
  // 商品跳出率 / 详情页跳出率 = 所有商品详情页跳出率/商品个数 (the products sessions landed on)
  const productBounce = meanOf(landed.map((p) => ratio(p.bounces, p.landings)));
  // a product page's 停留时间: its stay per view; averaged over the products visited
  const productStayPerProductMs = meanOf(visited.map((p) => ratio(p.stayMs, p.pv)));
  return {
    visitors,
    // 浏览量 = 所有商品详情页PV和店铺页PV的总和
    views: productPv + shop.pv,
    // 人均浏览量 = 所有商品详情页PV/UV和店铺页PV/UV的总和
    pvPerVisitor: sumOf([ratio(productPv, productUv), ratio(shop.pv, shop.uv)]),
    // 平均停留时间 (总览) = 详情页停留时间/UV + 订单页停留时间/UV + 店铺页停留时间/UV
    overviewStaySeconds: seconds(sumOf([ratio(productStayMs, productUv), ratio(order.stayMs, order.uv), ratio(shop.stayMs, shop.uv)])),
    // 平均停留时间 (流量) = (所有商品详情页停留时间/商品详情页个数 + 店铺页停留时间) / 2
    trafficStaySeconds: seconds(meanOf([productStayPerProductMs, ratio(shop.stayMs, shop.pv)])),
    // 平均跳出率 = (所有商品详情页跳出率 + 订单页跳出率 + 店铺页跳出率) / 3, over the pages sessions landed on
    trafficBounce: meanOf([productBounce, ratio(order.bounces, order.landings), ratio(shop.bounces, shop.landings)]),
    productUv,
    productPv,
    visitedProducts: visited.length,
    productPvPerVisitor: ratio(productPv, productUv),
    productBounce,
    productStaySeconds: seconds(productStayPerProductMs),
    // 下单转化率 = 下单买家数 / UV; 支付转化率 = 支付买家数 / UV; 下单-支付转化率 = 支付买家数 / 下单买家数
    orderConversion: ratio(trade.orderingBuyers, visitors),
    payConversion: ratio(trade.payingBuyers, visitors),
    orderToPayConversion: ratio(trade.payingBuyers, trade.orderingBuyers),
    // 交易金额 = 所有商品的交易金额总和（不包含退款）: paid minus refunded in the period
    gmvFen: trade.paidFen - trade.refundFen,
  };
}

type Figures = ReturnType<typeof figuresOf>;

async function periodFigures(db: Db, sellerId: string, w: PeriodWindow) {
  const [cur, prev] = [
    { traffic: await trafficOf(db, sellerId, w.from, w.to), trade: await tradeSums(db, sellerId, w.from, w.to) },
    { traffic: await trafficOf(db, sellerId, w.previousFrom, w.previousTo), trade: await tradeSums(db, sellerId, w.previousFrom, w.previousTo) },
  ];
  const f = figuresOf(cur.traffic, cur.trade);
  const p = figuresOf(prev.traffic, prev.trade);
  const m = (k: keyof Figures) => metric(f[k], p[k]);
  return { cur, prev, f, p, m };
}

export function windowOf(deps: Pick<Deps, 'clock'>, q: AnalyticsQuery): PeriodWindow {
  return periodWindow(q.period, q.date ?? beijingDate(deps.clock.now()));
}

async function names(db: Db, sellerId: string): Promise<Map<string, string>> {
  return new Map((await sellerProducts(db, sellerId)).map((p) => [p.id, p.name]));
}

function top3(entries: [string, number][], title: Map<string, string>): TopProduct[] {
  return entries
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([productId, value]) => ({ productId, title: title.get(productId) ?? productId, value }));
}

/** 总览 */
export async function overviewReport(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, q: AnalyticsQuery): Promise<AnalyticsOverview> {
  const { db } = deps;
  const w = windowOf(deps, q);
  const { cur, m } = await periodFigures(db, sellerId, w);
  const grain = w.period === 'day' ? 'hour' : 'day';
  const traffic = await trafficBuckets(db, sellerId, w.from, w.to, grain);
  const trade = await tradeByBucket(db, sellerId, w.from, w.to, grain);
  const byProduct = await tradeByProduct(db, sellerId, w.from, w.to);
  const title = await names(db, sellerId);
  return {
    range: rangeOf(w),
    trade: { orderConversion: m('orderConversion'), payConversion: m('payConversion'), orderToPayConversion: m('orderToPayConversion'), gmvFen: m('gmvFen') },
    traffic: { visitors: m('visitors'), views: m('views'), pvPerVisitor: m('pvPerVisitor'), avgStaySeconds: m('overviewStaySeconds') },
    products: { visitors: m('productUv'), views: m('productPv'), pvPerVisitor: m('productPvPerVisitor'), bounceRate: m('productBounce') },
    trend: bucketsOf(w).map(({ start, label }) => {
      const t = traffic.get(start.getTime());
      const s = trade.get(start.getTime());
      return {
        bucket: label,
        visitors: (t?.productUv ?? 0) + (t?.shopUv ?? 0),
        views: (t?.productPv ?? 0) + (t?.shopPv ?? 0),
        orderingBuyers: s?.orderingBuyers ?? 0,
        payingBuyers: s?.payingBuyers ?? 0,
        gmvFen: (s?.paidFen ?? 0) - (s?.refundFen ?? 0),
      };
    }),
    topByVisitors: top3(
      cur.traffic.products.map((p) => [p.productId, p.uv]),
      title,
    ),
    topByOrders: top3(
      [...byProduct].map(([id, s]) => [id, s.ordersPlaced]),
      title,
    ),
  };
}

/** 交易 */
export async function tradeReport(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, q: AnalyticsQuery): Promise<AnalyticsTrade> {
  const { db } = deps;
  const w = windowOf(deps, q);
  const { cur, prev, m } = await periodFigures(db, sellerId, w);
  const grain = w.period === 'day' ? 'hour' : 'day';
  const traffic = await trafficBuckets(db, sellerId, w.from, w.to, grain);
  const trade = await tradeByBucket(db, sellerId, w.from, w.to, grain);
  const cats = await tradeByCategory(db, sellerId, w.from, w.to);
  const catalog = await sellerProducts(db, sellerId);
  const catName = new Map(catalog.flatMap((p) => (p.categoryId ? [[p.categoryId, p.categoryName ?? p.categoryId] as const] : [])));
  const catUv = new Map<string, number>();
  const catOf = new Map(catalog.map((p) => [p.id, p.categoryId]));
  for (const p of cur.traffic.products) {
    const c = catOf.get(p.productId);
    if (c) catUv.set(c, (catUv.get(c) ?? 0) + p.uv);
  }
  const categories: CategoryTradeRow[] = [...cats].map(([categoryId, s]) => ({
    categoryId,
    categoryName: catName.get(categoryId) ?? categoryId,
    paidFen: s.paidFen,
    payingBuyers: s.payingBuyers,
    orderConversion: ratio(s.orderingBuyers, catUv.get(categoryId) ?? 0),
    payConversion: ratio(s.payingBuyers, catUv.get(categoryId) ?? 0),
  }));
  categories.sort((a, b) => b.paidFen - a.paidFen || a.categoryId.localeCompare(b.categoryId));
  const c = cur.trade;
  const income = c.paidFen + c.voucherFen;
  const orderCount = c.paidOrders + c.refundOrders;
  const tm = (k: keyof TradeSums) => metric(c[k], prev.trade[k]);
  return {
    range: rangeOf(w),
    finance: {
      gmvFen: m('gmvFen'),
      refundAppliedFen: tm('refundFen'),
      cashIncomeFen: c.paidFen,
      voucherIncomeFen: c.voucherFen,
      cashShare: ratio(c.paidFen, income),
      voucherShare: ratio(c.voucherFen, income),
    },
    composition: {
      purchaseOrders: c.paidOrders,
      refundOrders: c.refundOrders,
      purchaseShare: ratio(c.paidOrders, orderCount),
      refundShare: ratio(c.refundOrders, orderCount),
      categories,
    },
    overview: {
      visitors: m('visitors'),
      orderingBuyers: tm('orderingBuyers'),
      orderAmountFen: tm('orderAmountFen'),
      payingBuyers: tm('payingBuyers'),
      paidFen: tm('paidFen'),
    },
    trend: bucketsOf(w).map(({ start, label }) => {
      const t = traffic.get(start.getTime());
      const s = trade.get(start.getTime());
      const visitors = (t?.productUv ?? 0) + (t?.shopUv ?? 0);
      const paying = s?.payingBuyers ?? 0;
      const ordering = s?.orderingBuyers ?? 0;
      const paid = s?.paidFen ?? 0;
      return {
        bucket: label,
        paidFen: paid,
        payingBuyers: paying,
        perCustomerFen: paying === 0 ? null : Math.round(paid / paying),
        orderAmountFen: s?.orderAmountFen ?? 0,
        orderingBuyers: ordering,
        orderConversion: ratio(ordering, visitors),
        payConversion: ratio(paying, visitors),
        orderToPayConversion: ratio(paying, ordering),
      };
    }),
  };
}

/** 流量 */
export async function trafficReport(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, q: AnalyticsQuery): Promise<AnalyticsTraffic> {
  const { db } = deps;
  const w = windowOf(deps, q);
  const { m } = await periodFigures(db, sellerId, w);
  const traffic = await trafficBuckets(db, sellerId, w.from, w.to, w.period === 'day' ? 'hour' : 'day');
  return {
    range: rangeOf(w),
    overview: {
      visitors: m('visitors'),
      views: m('views'),
      bounceRate: m('trafficBounce'),
      pvPerVisitor: m('pvPerVisitor'),
      avgStaySeconds: m('trafficStaySeconds'),
    },
    trend: bucketsOf(w).map(({ start, label }) => {
      const t = traffic.get(start.getTime());
      return {
        bucket: label,
        productVisitors: t?.productUv ?? 0,
        productViews: t?.productPv ?? 0,
        visitedProducts: t?.visitedProducts ?? 0,
        avgStaySeconds: seconds(t?.meanProductStayMs ?? null),
        bounceRate: t?.meanProductBounce ?? null,
      };
    }),
  };
}

/**
 * The seller's products grouped by `keyOf` (market category or product type; null leaves a
 * product out) into the figures of 类目明细 / 商品类目明细: 商品数, 访客数, 浏览量, 下单金额 and 支付金额
 * summed over the group's products; 平均跳出率 the mean, over the group's products sessions landed
 * on, of each product's bounce rate; 支付买家数 the group's distinct paying buyers (`groupTrade`, a
 * buyer paying for two of its products counts once), not the sum over its products.
 */
function breakdownBy<K extends string>(
  catalog: ProductInfo[],
  keyOf: (p: ProductInfo) => K | null,
  traffic: Map<string, ProductTrafficSum>,
  trade: Map<string, TradeSums>,
  groupTrade: Map<string, TradeSums>,
): Map<K, BreakdownFigures> {
  const groups = new Map<K, BreakdownFigures & { bounceSum: number; landed: number }>();
  for (const p of catalog) {
    const key = keyOf(p);
    if (key === null) continue;
    let g = groups.get(key);
    if (!g) {
      g = { products: 0, visitors: 0, views: 0, bounceRate: null, orderAmountFen: 0, paidFen: 0, payingBuyers: 0, bounceSum: 0, landed: 0 };
      groups.set(key, g);
    }
    const t = traffic.get(p.id);
    g.products += 1;
    g.visitors += t?.uv ?? 0;
    g.views += t?.pv ?? 0;
    if (t && t.landings > 0) {
      g.bounceSum += t.bounces / t.landings;
      g.landed += 1;
    }
    const s = trade.get(p.id);
    g.orderAmountFen += s?.orderAmountFen ?? 0;
    g.paidFen += s?.paidFen ?? 0;
  }
  return new Map(
    [...groups].map(
      ([key, { bounceSum, landed, ...g }]) =>
        [key, { ...g, bounceRate: ratio(bounceSum, landed), payingBuyers: groupTrade.get(key)?.payingBuyers ?? 0 }] as const,
    ),
  );
}

/** 商品 */
export async function productsReport(deps: Pick<Deps, 'db' | 'clock'>, sellerId: string, q: AnalyticsProductsQuery): Promise<AnalyticsProducts> {
  const { db } = deps;
  const w = windowOf(deps, q);
  const { cur, m } = await periodFigures(db, sellerId, w);
  const traffic = await trafficBuckets(db, sellerId, w.from, w.to, w.period === 'day' ? 'hour' : 'day');
  const byProduct = await tradeByProduct(db, sellerId, w.from, w.to);
  // the search box narrows 商品明细 only: 类目明细 and 商品类目明细 always sum every product of the
  // seller (a filtered group would otherwise show 支付买家数 of products it no longer counts)
  const catalog = await sellerProducts(db, sellerId);
  const listed = q.q ? await sellerProducts(db, sellerId, q.q) : catalog;
  const tr = new Map(cur.traffic.products.map((p) => [p.productId, p]));
  const all: ProductAnalyticsRow[] = listed.map((p) => {
    const t = tr.get(p.id);
    const s = byProduct.get(p.id);
    return {
      productId: p.id,
      title: p.name,
      categoryId: p.categoryId,
      categoryName: p.categoryName,
      views: t?.pv ?? 0,
      visitors: t?.uv ?? 0,
      avgStaySeconds: seconds(t ? ratio(t.stayMs, t.pv) : null),
      orderAmountFen: s?.orderAmountFen ?? 0,
      paidFen: s?.paidFen ?? 0,
      orderingBuyers: s?.orderingBuyers ?? 0,
      payingBuyers: s?.payingBuyers ?? 0,
    };
  });
  all.sort((a, b) => b.views - a.views || b.paidFen - a.paidFen || a.productId.localeCompare(b.productId));
  // 类目明细 by the market category, 商品类目明细 by the product type (guide 7 查看商品分析数据)
  const catName = new Map(catalog.flatMap((p) => (p.categoryId ? [[p.categoryId, p.categoryName ?? p.categoryId] as const] : [])));
  const byCategory = breakdownBy(catalog, (p) => p.categoryId, tr, byProduct, await tradeByCategory(db, sellerId, w.from, w.to));
  const categories: CategoryAnalyticsRow[] = [...byCategory].map(([categoryId, f]) => ({
    categoryId,
    categoryName: catName.get(categoryId) ?? categoryId,
    ...f,
  }));
  const byType = breakdownBy(catalog, (p) => p.type, tr, byProduct, await tradeByProductType(db, sellerId, w.from, w.to));
  const typeRows: ProductTypeAnalyticsRow[] = productTypes.flatMap((productType) => {
    const f = byType.get(productType);
    return f ? [{ productType, ...f }] : [];
  });
  return {
    range: rangeOf(w),
    overview: {
      visitors: m('productUv'),
      views: m('productPv'),
      visitedProducts: m('visitedProducts'),
      avgStaySeconds: m('productStaySeconds'),
      bounceRate: m('productBounce'),
    },
    trend: bucketsOf(w).map(({ start, label }) => {
      const t = traffic.get(start.getTime());
      return {
        bucket: label,
        visitors: t?.productUv ?? 0,
        views: t?.productPv ?? 0,
        bounceRate: t?.meanProductBounce ?? null,
        pvPerVisitor: t ? ratio(t.productPv, t.productUv) : null,
        avgStaySeconds: seconds(t?.meanProductStayMs ?? null),
      };
    }),
    rows: { items: all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: all.length, page: q.page, pageSize: q.pageSize },
    categories,
    productTypes: typeRows,
  };
}
