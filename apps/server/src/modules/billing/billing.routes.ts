import {
  billPayBody,
  buyerBillListQuery,
  buyerBillSchema,
  meteringKeyReply,
  sellerBillListQuery,
  sellerBillSchema,
  usagePushBody,
  usagePushReply,
} from '@cloudmart/contracts';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { DomainError } from '../../platform/errors.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { payBill } from './bill-pay.service.js';
import { couponVoucher, noVouchers } from './bill-voucher.js';
import { listBuyerBills, listSellerBills } from './bills.service.js';
import { authenticateUsagePush, generateMeteringKey, pushUsage } from './metering.service.js';

const idParams = z.object({ id: z.string().min(1).max(64) });
const tags = ['billing'];
const USAGE_BODY_LIMIT = 256 * 1024;

export async function billingRoutes(app: App, deps: Deps): Promise<void> {
  app.post(
    '/seller/products/:id/metering-key',
    {
      config: { auth: 'seller', permission: 'products.manage' },
      schema: { tags, summary: 'Generate a new metering key for a postpaid product (shown once)', params: idParams, response: { 201: meteringKeyReply } },
    },
    async (req, reply) => {
      reply.status(201);
      return generateMeteringKey(deps, sellerOf(req.actor).sellerId, req.params.id);
    },
  );

  app.get(
    '/seller/bills',
    {
      config: { auth: 'seller', permission: 'bills.view' },
      schema: { tags, summary: 'Postpaid bills of my products', querystring: sellerBillListQuery, response: { 200: pageSchema(sellerBillSchema) } },
    },
    async (req) => listSellerBills(deps, sellerOf(req.actor).sellerId, req.query),
  );

  app.get(
    '/buyer/bills',
    {
      config: { auth: 'buyer' },
      schema: { tags, summary: 'My postpaid bills', querystring: buyerBillListQuery, response: { 200: pageSchema(buyerBillSchema) } },
    },
    async (req) => listBuyerBills(deps, requireActor(req.actor).userId, req.query),
  );

  app.post(
    '/buyer/bills/:id/pay',
    {
      config: { auth: 'buyer' },
      schema: {
        tags,
        summary: 'Pay one of my postpaid bills (sandbox cashier); a paid bill is bill_already_paid',
        params: idParams,
        body: billPayBody,
        response: { 200: buyerBillSchema },
      },
    },
    async (req) => {
      const holdingId = req.body?.couponHoldingId;
      return payBill(deps, requireActor(req.actor).userId, req.params.id, holdingId ? couponVoucher(holdingId) : noVouchers);
    },
  );

  // The usage push is signed over its raw bytes, so it gets its own JSON parser that keeps them;
  // the encapsulated context leaves every other route's parser untouched.
  await app.register(async (scoped) => usagePushRoute(scoped.withTypeProvider<ZodTypeProvider>(), deps));
}

function headerOf(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

function usagePushRoute(app: App, deps: Deps): void {
  const rawBodies = new WeakMap<FastifyRequest, string>();
  const pushers = new WeakMap<FastifyRequest, string>();
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: USAGE_BODY_LIMIT }, (req, body, done) => {
    const raw = typeof body === 'string' ? body : body.toString('utf8');
    rawBodies.set(req, raw);
    try {
      done(null, JSON.parse(raw));
    } catch {
      done(new DomainError('validation_failed', 'body is not valid JSON'), undefined);
    }
  });

  app.post(
    '/metering/usage',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Push usage records of a postpaid product (HMAC-signed with its metering key)',
        headers: z.looseObject({
          'x-cloudmart-product': z.string().optional(),
          'x-cloudmart-timestamp': z.string().optional(),
          'x-cloudmart-signature': z.string().optional(),
        }),
        body: usagePushBody,
        response: { 200: usagePushReply },
      },
      // before body validation: an unsigned caller learns nothing about the shape we expect
      preValidation: async (req) => {
        const h = {
          productCode: headerOf(req, 'x-cloudmart-product'),
          timestamp: headerOf(req, 'x-cloudmart-timestamp'),
          signature: headerOf(req, 'x-cloudmart-signature'),
        };
        const { productId } = await authenticateUsagePush(deps, h, rawBodies.get(req) ?? '');
        pushers.set(req, productId);
      },
    },
    async (req) => {
      const productId = pushers.get(req);
      if (!productId) throw new DomainError('invalid_signature', 'request was not authenticated');
      return pushUsage(deps, productId, req.body);
    },
  );
}
