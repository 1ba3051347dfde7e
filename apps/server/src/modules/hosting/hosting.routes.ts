import {
  architectureSubmitBody,
  hostedProductBody,
  hostedProductDetailSchema,
  hostedProductListQuery,
  hostedProductRowSchema,
  hostingDecisionBody,
  hostingLinkBody,
  hostingOverviewSchema,
  hostingQueueQuery,
  hostingQueueRowSchema,
  hostingReviewKinds,
  hostingSubmitBody,
  linkableProductSchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { lockHosted, sellerHosted } from './hosting-access.js';
import { manageHosting as manage, operatorHosting as operator, viewHosting as view } from './hosting.permissions.js';
import { hostedProductDetail, hostingOverview, linkableProducts, listHostedProducts, reviewQueue } from './hosting.queries.js';
import { createHostedProduct, decideReview, linkProduct, submitArchitecture, submitHosting, unlinkProduct, updateHostedProduct } from './hosting.service.js';
import { securityReportTemplatePdf } from './security-report-template.js';

const tags = ['hosting'];
const anId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id');
const idParams = z.object({ id: anId });
const decisionParams = z.object({ id: anId, kind: z.enum(hostingReviewKinds) });

/** 托管平台 (guide 1): the seller's 概览, 产品列表 and 托管流程; GET needs hosting.view, every action hosting.manage. */
export function hostingRoutes(app: App, deps: Deps): void {
  const by = (req: { actor: Parameters<typeof sellerOf>[0] }) => {
    const s = sellerOf(req.actor);
    return { sellerId: s.sellerId, userId: s.actor.userId };
  };
  const detail = async (req: { actor: Parameters<typeof sellerOf>[0] }, id: string) =>
    hostedProductDetail(deps.db, await sellerHosted(deps.db, sellerOf(req.actor).sellerId, id));

  app.get(
    '/seller/hosting/overview',
    { config: view, schema: { tags, summary: '概览: 产品数量、容器数量、应用数量、风险数量', response: { 200: hostingOverviewSchema } } },
    async (req) => hostingOverview(deps.db, sellerOf(req.actor).sellerId),
  );
  app.get(
    '/seller/hosting/products',
    {
      config: view,
      schema: {
        tags,
        summary: '产品列表 (search by 产品 Code, 产品名称)',
        querystring: hostedProductListQuery,
        response: { 200: pageSchema(hostedProductRowSchema) },
      },
    },
    async (req) => listHostedProducts(deps.db, sellerOf(req.actor).sellerId, req.query),
  );
  app.post(
    '/seller/hosting/products',
    { config: manage, schema: { tags, summary: '新增产品: 基本信息 (SaaS only)', body: hostedProductBody, response: { 201: hostedProductDetailSchema } } },
    async (req, res) => {
      const id = await createHostedProduct(deps, by(req), req.body);
      res.status(201);
      return detail(req, id);
    },
  );
  app.get(
    '/seller/hosting/products/:id',
    { config: view, schema: { tags, summary: '查看: both reviews, their reasons and files', params: idParams, response: { 200: hostedProductDetailSchema } } },
    async (req) => detail(req, req.params.id),
  );
  app.put(
    '/seller/hosting/products/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '基本信息 (until the architecture review is submitted)',
        params: idParams,
        body: hostedProductBody,
        response: { 200: hostedProductDetailSchema },
      },
    },
    async (req) => {
      await updateHostedProduct(deps, by(req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    '/seller/hosting/products/:id/architecture',
    {
      config: manage,
      schema: {
        tags,
        summary: '架构信息 → 提交审核 (系统架构, 部署架构 PDFs)',
        params: idParams,
        body: architectureSubmitBody,
        response: { 200: hostedProductDetailSchema },
      },
    },
    async (req) => {
      await submitArchitecture(deps, by(req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    '/seller/hosting/products/:id/hosting',
    {
      config: manage,
      schema: {
        tags,
        summary: '产品托管 options and reports → 托管审核',
        params: idParams,
        body: hostingSubmitBody,
        response: { 200: hostedProductDetailSchema },
      },
    },
    async (req) => {
      await submitHosting(deps, by(req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.get(
    '/seller/hosting/products/:id/linkable-products',
    {
      config: view,
      schema: {
        tags,
        summary: 'The seller’s listed SaaS products this hosted product may link to',
        params: idParams,
        response: { 200: z.array(linkableProductSchema) },
      },
    },
    async (req) => {
      const p = await sellerHosted(deps.db, sellerOf(req.actor).sellerId, req.params.id);
      return linkableProducts(deps.db, p.sellerId, p.id);
    },
  );
  app.put(
    '/seller/hosting/products/:id/link',
    {
      config: manage,
      schema: { tags, summary: '关联商品 (云原生产品徽章)', params: idParams, body: hostingLinkBody, response: { 200: hostedProductDetailSchema } },
    },
    async (req) => {
      await linkProduct(deps, by(req), req.params.id, req.body.productId);
      return detail(req, req.params.id);
    },
  );
  app.delete(
    '/seller/hosting/products/:id/link',
    { config: manage, schema: { tags, summary: '取消关联', params: idParams, response: { 200: hostedProductDetailSchema } } },
    async (req) => {
      await unlinkProduct(deps, by(req), req.params.id);
      return detail(req, req.params.id);
    },
  );
  app.get(
    '/seller/hosting/security-report-template.pdf',
    { config: view, schema: { tags, summary: '安全检测报告模板 ("请先下载模板，填写后上传")' } },
    async (_req, reply) => {
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', 'attachment; filename="security-test-report-template.pdf"');
      return reply.send(securityReportTemplatePdf());
    },
  );

  // operator: 架构审核 and 托管审核 queues
  app.get(
    '/operator/hosting/reviews',
    {
      config: operator,
      schema: {
        tags,
        summary: 'Pending 架构审核 or 托管审核, oldest first',
        querystring: hostingQueueQuery,
        response: { 200: pageSchema(hostingQueueRowSchema) },
      },
    },
    async (req) => reviewQueue(deps.db, req.query),
  );
  app.get(
    '/operator/hosting/products/:id',
    {
      config: operator,
      schema: { tags, summary: 'A hosted product under review, with its files', params: idParams, response: { 200: hostedProductDetailSchema } },
    },
    async (req) => hostedProductDetail(deps.db, await lockHosted(deps.db, null, req.params.id)),
  );
  app.post(
    '/operator/hosting/products/:id/reviews/:kind',
    {
      config: operator,
      schema: {
        tags,
        summary: 'Approve, or reject with a reason, a pending review',
        params: decisionParams,
        body: hostingDecisionBody,
        response: { 200: hostedProductDetailSchema },
      },
    },
    async (req) => hostedProductDetail(deps.db, await decideReview(deps, requireActor(req.actor).userId, req.params.id, req.params.kind, req.body)),
  );
}
