import { analyticsExportRequest, type AnalyticsExportRequest, type Metric } from '@cloudmart/contracts';
import { z } from 'zod';
import type { ExportDefinition } from '../../platform/downloads/index.js';
import { csvLine, csvText } from '../../platform/http/csv.js';
import { overviewReport, productsReport, tradeReport, trafficReport } from './analytics-reports.service.js';

/**
 * A report as CSV: one line per figure (section, figure, value, previous, change) for the
 * period, then the trend and, for products, every product, category and product-type row.
 * Figures keep the API's units (fen, seconds, rates 0..1).
 */
export const ANALYTICS_CSV_HEADER = ['section', 'figure', 'key', 'value', 'previous', 'change'];

const params = analyticsExportRequest.extend({ sellerId: z.string(), date: z.string() });
export type AnalyticsExportParams = AnalyticsExportRequest & { sellerId: string; date: string };

const cell = (v: number | string | null | undefined): string => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : csvText(v));

function metricLines(section: string, figures: Record<string, Metric>): string[] {
  return Object.entries(figures).map(([name, m]) => csvLine([section, name, '', cell(m.value), cell(m.previous), cell(m.change)]));
}

function rowLines(section: string, key: string, rows: readonly object[]): string[] {
  return rows.flatMap((r) =>
    Object.entries(r as Record<string, unknown>)
      .filter(([k, v]) => k !== key && (typeof v === 'number' || v === null))
      .map(([k, v]) => csvLine([section, k, cell(String((r as Record<string, unknown>)[key])), cell(v as number | null), '', ''])),
  );
}

export const analyticsExport: ExportDefinition<AnalyticsExportParams> = {
  params,
  header: ANALYTICS_CSV_HEADER,
  async *lines(deps, p) {
    const q = { period: p.period, date: p.date };
    if (p.report === 'overview') {
      const r = await overviewReport(deps, p.sellerId, q);
      yield [...metricLines('trade', r.trade), ...metricLines('traffic', r.traffic), ...metricLines('products', r.products)];
      yield rowLines('trend', 'bucket', r.trend);
      yield rowLines('top_by_visitors', 'productId', r.topByVisitors);
      yield rowLines('top_by_orders', 'productId', r.topByOrders);
    } else if (p.report === 'trade') {
      const r = await tradeReport(deps, p.sellerId, q);
      const { cashIncomeFen, voucherIncomeFen, cashShare, voucherShare, ...finance } = r.finance;
      yield [...metricLines('finance', finance), ...rowLines('income', 'kind', [{ kind: 'all', cashIncomeFen, voucherIncomeFen, cashShare, voucherShare }])];
      const { categories, ...composition } = r.composition;
      yield [...rowLines('composition', 'kind', [{ kind: 'orders', ...composition }]), ...rowLines('category', 'categoryId', categories)];
      yield [...metricLines('overview', r.overview), ...rowLines('trend', 'bucket', r.trend)];
    } else if (p.report === 'traffic') {
      const r = await trafficReport(deps, p.sellerId, q);
      yield [...metricLines('overview', r.overview), ...rowLines('trend', 'bucket', r.trend)];
    } else {
      const first = await productsReport(deps, p.sellerId, { ...q, page: 1, pageSize: 100 });
      yield [
        ...metricLines('overview', first.overview),
        ...rowLines('trend', 'bucket', first.trend),
        ...rowLines('category', 'categoryId', first.categories),
        ...rowLines('product_type', 'productType', first.productTypes),
      ];
      yield rowLines('product', 'productId', first.rows.items);
      for (let page = 2; (page - 1) * 100 < first.rows.total; page++) {
        const r = await productsReport(deps, p.sellerId, { ...q, page, pageSize: 100 });
        yield rowLines('product', 'productId', r.rows.items);
      }
    }
  },
};
