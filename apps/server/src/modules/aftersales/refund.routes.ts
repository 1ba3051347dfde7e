import { buyerRefundBody, instanceRefundBalanceSchema, refundListQuery, refundSchema, rejectRefundBody, sellerRefundBody } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { instanceRefundBalance } from './refund-balance.js';
import { listRefunds, loadRefund } from './refund.queries.js';
import { approve, reject, requestBuyerRefund, requestSellerRefund } from './refund.service.js';

const tags = ['refunds'];
const idParams = z.object({ id: z.string().min(1).max(64) });
const buyer = { auth: 'buyer' } as const;
const view = { auth: 'seller', permission: 'refunds.view' } as const;
const manage = { auth: 'seller', permission: 'refunds.manage' } as const;
const operator = { auth: 'operator' } as const;
const page = pageSchema(refundSchema);

export function refundRoutes(app: App, deps: Deps): void {
  app.post(
    '/buyer/orders/:id/refunds',
    {
      config: buyer,
      schema: {
        tags,
        summary: 'Ask for a no-reason refund of a paid order, within the refund window',
        params: idParams,
        body: buyerRefundBody,
        response: { 201: refundSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await requestBuyerRefund(deps, requireActor(req.actor).userId, req.params.id, req.body)),
  );
  app.get(
    '/buyer/refunds',
    { config: buyer, schema: { tags, summary: 'My refund requests', querystring: refundListQuery, response: { 200: page } } },
    async (req) => listRefunds(deps.db, { buyerId: requireActor(req.actor).userId }, req.query),
  );

  app.get(
    '/seller/refunds',
    {
      config: view,
      schema: {
        tags,
        summary: 'Refunds of my orders: product, buyer, applied and reviewed times, status',
        querystring: refundListQuery,
        response: { 200: page },
      },
    },
    async (req) => listRefunds(deps.db, { sellerId: sellerOf(req.actor).sellerId }, req.query),
  );
  app.get('/seller/refunds/:id', { config: view, schema: { tags, summary: 'One refund', params: idParams, response: { 200: refundSchema } } }, async (req) =>
    loadRefund(deps.db, { sellerId: sellerOf(req.actor).sellerId }, req.params.id),
  );
  app.post(
    '/seller/refunds/:id/approve',
    {
      config: manage,
      schema: {
        tags,
        summary: "Approve a buyer's refund: the money goes back and the instance is released",
        params: idParams,
        response: { 200: refundSchema },
      },
    },
    async (req) => {
      const s = sellerOf(req.actor);
      return approve(deps, 'seller', s.actor.userId, req.params.id, s.sellerId);
    },
  );
  app.post(
    '/seller/refunds/:id/reject',
    {
      config: manage,
      schema: { tags, summary: "Reject a buyer's refund with a reason", params: idParams, body: rejectRefundBody, response: { 200: refundSchema } },
    },
    async (req) => {
      const s = sellerOf(req.actor);
      return reject(deps, 'seller', s.actor.userId, req.params.id, s.sellerId, req.body.reason);
    },
  );
  app.get(
    '/seller/instances/:id/refund-balance',
    {
      config: { auth: 'seller', permission: 'refunds.manage' },
      schema: {
        tags,
        summary: "总额 and 余额 of an instance's paid orders (new, renewals, upgrades): what a seller refund may give back",
        params: idParams,
        response: { 200: instanceRefundBalanceSchema },
      },
    },
    async (req) => instanceRefundBalance(deps.db, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.post(
    '/seller/instances/:id/refunds',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Refund an instance up to the balance of its paid orders, newest first, wholly or in part (operator review)',
        params: idParams,
        body: sellerRefundBody,
        response: { 201: refundSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await requestSellerRefund(deps, sellerOf(req.actor).sellerId, req.params.id, req.body)),
  );

  const opTags = ['operator', 'refunds'];
  app.get(
    '/operator/refunds',
    { config: operator, schema: { tags: opTags, summary: 'Seller-initiated refunds to review', querystring: refundListQuery, response: { 200: page } } },
    async (req) => listRefunds(deps.db, { origin: 'seller' }, req.query),
  );
  app.post(
    '/operator/refunds/:id/approve',
    { config: operator, schema: { tags: opTags, summary: "Approve a seller's refund", params: idParams, response: { 200: refundSchema } } },
    async (req) => approve(deps, 'operator', requireActor(req.actor).userId, req.params.id, null),
  );
  app.post(
    '/operator/refunds/:id/reject',
    {
      config: operator,
      schema: { tags: opTags, summary: "Reject a seller's refund with a reason", params: idParams, body: rejectRefundBody, response: { 200: refundSchema } },
    },
    async (req) => reject(deps, 'operator', requireActor(req.actor).userId, req.params.id, null, req.body.reason),
  );
}
