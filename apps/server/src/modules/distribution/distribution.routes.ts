import {
  distributionSettingSchema,
  joinDistributionBody,
  joinResellerBody,
  referredOrderQuery,
  referredOrderSchema,
  resellerProductQuery,
  resellerProductSchema,
  resellerProfileSchema,
  resellerStatementSchema,
  resellerTotalSchema,
  sellerDistributionProductQuery,
  sellerDistributionProductSchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { csvHeader } from '../../platform/http/csv.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { manageDistribution as manage, viewDistribution as view } from './distribution.permissions.js';
import { joinReseller, operatorResellerTotals, referredOrders, resellerProducts, resellerProfile } from './reseller.service.js';
import { joinDistribution, listSellerDistributionProducts } from './seller-distribution.service.js';
import { STATEMENT_CSV_HEADER, statementCsvRow } from './statements.js';
import { resellerStatements, statementLines } from './statements.service.js';

const tags = ['distribution'];
const buyer = { auth: 'buyer' } as const;
const productParams = z.object({ productId: z.string().min(1).max(64) });
const monthParams = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM') });

function sellerRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/distribution/products',
    {
      config: view,
      schema: { tags, summary: '商品分销设置: the seller’s products with their distribution state', querystring: sellerDistributionProductQuery, response: { 200: pageSchema(sellerDistributionProductSchema) } },
    },
    async (req) => listSellerDistributionProducts(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.post(
    '/seller/distribution/products/:productId',
    {
      config: manage,
      schema: { tags, summary: '分销设置: join a product at a 20–60 % rate, once (一旦设置，不可变更)', params: productParams, body: joinDistributionBody, response: { 200: distributionSettingSchema } },
    },
    async (req) => {
      const s = sellerOf(req.actor);
      return joinDistribution(deps, { sellerId: s.sellerId, userId: s.actor.userId }, req.params.productId, req.body);
    },
  );
}

function resellerRoutes(app: App, deps: Deps): void {
  app.get(
    '/reseller/profile',
    { config: buyer, schema: { tags, summary: 'The reseller’s code and commission balance (joined: false before joining)', response: { 200: resellerProfileSchema } } },
    async (req) => resellerProfile(deps, requireActor(req.actor).userId),
  );
  app.post(
    '/reseller/join',
    { config: buyer, schema: { tags, summary: 'Join the 转售分销计划 and get a referral code', body: joinResellerBody, response: { 200: resellerProfileSchema } } },
    async (req) => joinReseller(deps, requireActor(req.actor).userId, req.body),
  );
  app.get(
    '/reseller/products',
    {
      config: buyer,
      schema: { tags, summary: '分销商的库: every product in distribution with the reseller’s link', querystring: resellerProductQuery, response: { 200: pageSchema(resellerProductSchema) } },
    },
    async (req) => resellerProducts(deps, requireActor(req.actor).userId, req.query),
  );
  app.get(
    '/reseller/orders',
    {
      config: buyer,
      schema: { tags, summary: 'Orders the reseller referred, with their commission', querystring: referredOrderQuery, response: { 200: pageSchema(referredOrderSchema) } },
    },
    async (req) => referredOrders(deps, requireActor(req.actor).userId, req.query),
  );
  app.get(
    '/reseller/statements',
    { config: buyer, schema: { tags, summary: '月度结算单: one per Beijing month, newest first', response: { 200: z.array(resellerStatementSchema) } } },
    async (req) => resellerStatements(deps, requireActor(req.actor).userId),
  );
  app.get(
    '/reseller/statements/:month.csv',
    { config: buyer, schema: { tags, summary: 'One month’s statement as CSV (Beijing month)', params: monthParams } },
    async (req, reply) => {
      const lines = await statementLines(deps, requireActor(req.actor).userId, req.params.month);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="reseller-statement-${req.params.month}.csv"`);
      return csvHeader(STATEMENT_CSV_HEADER) + lines.map(statementCsvRow).join('');
    },
  );
}

export function distributionRoutes(app: App, deps: Deps): void {
  sellerRoutes(app, deps);
  resellerRoutes(app, deps);
  app.get(
    '/operator/finance/resellers',
    { config: { auth: 'operator' }, schema: { tags: ['operator'], summary: 'Platform finance: reseller commission totals', response: { 200: z.array(resellerTotalSchema) } } },
    async () => operatorResellerTotals(deps),
  );
}
