import {
  analyticsExportRequest,
  analyticsOverviewSchema,
  analyticsProductsQuery,
  analyticsProductsSchema,
  analyticsQuery,
  analyticsTradeSchema,
  analyticsTrafficSchema,
  downloadSchema,
} from '@cloudmart/contracts';
import { sellerOf } from '../../platform/auth/actor.js';
import { beijingDate, beijingStamp } from '../../platform/beijing-time.js';
import { registerExport, requestDownload } from '../../platform/downloads/index.js';
import type { App, Deps } from '../../platform/module.js';
import { analyticsExport } from './analytics-csv.js';
import { overviewReport, productsReport, tradeReport, trafficReport } from './analytics-reports.service.js';
import { viewAnalytics as view } from './analytics.permissions.js';

const tags = ['analytics'];

/** 数据 (guide 7): the four reports and their CSV export, all under analytics.view. */
export function analyticsRoutes(app: App, deps: Deps): void {
  registerExport('analytics.report', analyticsExport);
  app.get(
    '/seller/analytics/overview',
    {
      config: view,
      schema: {
        tags,
        summary: '总览: trade and traffic figures, trend, top 3 products',
        querystring: analyticsQuery,
        response: { 200: analyticsOverviewSchema },
      },
    },
    async (req) => overviewReport(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.get(
    '/seller/analytics/trade',
    { config: view, schema: { tags, summary: '交易: 财务概况, 交易构成, 交易概况', querystring: analyticsQuery, response: { 200: analyticsTradeSchema } } },
    async (req) => tradeReport(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.get(
    '/seller/analytics/traffic',
    { config: view, schema: { tags, summary: '流量: 流量总览 and trend', querystring: analyticsQuery, response: { 200: analyticsTrafficSchema } } },
    async (req) => trafficReport(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.get(
    '/seller/analytics/products',
    {
      config: view,
      schema: { tags, summary: '商品: 商品概况, 商品明细 and 类目明细', querystring: analyticsProductsQuery, response: { 200: analyticsProductsSchema } },
    },
    async (req) => productsReport(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.post(
    '/seller/analytics/exports',
    {
      config: view,
      schema: {
        tags,
        summary: 'CSV of a report into 我的下载',
        description: 'Answers 202 with the pending download (GET /downloads lists it). 429 too_many_downloads past 3 building at once.',
        body: analyticsExportRequest,
        response: { 202: downloadSchema },
      },
    },
    async (req, reply) => {
      const { actor, sellerId } = sellerOf(req.actor);
      const date = req.body.date ?? beijingDate(deps.clock.now());
      const fileName = `analytics-${req.body.report}-${req.body.period}-${date}-${beijingStamp(deps.clock.now())}.csv`;
      return reply.status(202).send(await requestDownload(deps, actor.userId, 'analytics.report', { ...req.body, date, sellerId }, fileName));
    },
  );
}
