import {
  buyerOrderDetailSchema,
  buyerOrderListQuery,
  buyerOrderSchema,
  checkoutQuoteBody,
  checkoutQuoteReply,
  convertBody,
  idempotencyHeaders,
  optionalIdempotencyHeaders,
  payReply,
  placeOrderBody,
  renewBody,
  upgradeBody,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { getBuyerOrder, listBuyerOrders } from './buyer-orders.service.js';
import { quoteCheckout } from './checkout-quote.service.js';
import { payOrder } from './payment.service.js';
import { convertTrial, placeOrder, renewInstance, upgradeInstance, type Placed } from './place-order.service.js';

const tags = ['buyer-orders'];
const buyer = { auth: 'buyer' } as const;
const idParams = z.object({ id: z.string().min(1).max(64) });
const placed = { 200: buyerOrderDetailSchema, 201: buyerOrderDetailSchema };

export function buyerRoutes(app: App, deps: Deps): void {
  // 201 for a new order, 200 when an idempotent retry finds the first one
  const reply = async (buyerId: string, p: Placed, res: { status(code: number): unknown }) => {
    res.status(p.created ? 201 : 200);
    return p.detail ?? getBuyerOrder(deps, buyerId, p.orderId);
  };

  app.post(
    '/buyer/orders',
    {
      config: buyer,
      schema: { tags, summary: 'Place a new or trial order (Idempotency-Key required)', headers: idempotencyHeaders, body: placeOrderBody, response: placed },
    },
    async (req, res) => {
      const { userId } = requireActor(req.actor);
      return reply(userId, await placeOrder(deps, userId, req.headers['idempotency-key'], req.body), res);
    },
  );

  app.post(
    '/buyer/checkout/quote',
    {
      config: buyer,
      schema: {
        tags,
        summary: 'The price placing this order would store: list, best discount, one coupon (the best unless named or null), paid',
        body: checkoutQuoteBody,
        response: { 200: checkoutQuoteReply },
      },
    },
    async (req) => quoteCheckout(deps, requireActor(req.actor).userId, req.body),
  );

  app.get(
    '/buyer/orders',
    {
      config: buyer,
      schema: { tags, summary: 'The buyer’s orders, newest first', querystring: buyerOrderListQuery, response: { 200: pageSchema(buyerOrderSchema) } },
    },
    async (req) => listBuyerOrders(deps, requireActor(req.actor).userId, req.query),
  );

  app.get(
    '/buyer/orders/:id',
    { config: buyer, schema: { tags, summary: 'Order with its instances and latest payment', params: idParams, response: { 200: buyerOrderDetailSchema } } },
    async (req) => getBuyerOrder(deps, requireActor(req.actor).userId, req.params.id),
  );

  app.post(
    '/buyer/orders/:id/pay',
    { config: buyer, schema: { tags, summary: 'Create or resume the payment of an unpaid order', params: idParams, response: { 200: payReply } } },
    async (req) => payOrder(deps, requireActor(req.actor).userId, req.params.id),
  );

  app.post(
    '/buyer/instances/:id/renew',
    {
      config: buyer,
      schema: {
        tags,
        summary: 'Renewal order for an opened, in-service or expired instance',
        params: idParams,
        headers: optionalIdempotencyHeaders,
        body: renewBody,
        response: placed,
      },
    },
    async (req, res) => {
      const { userId } = requireActor(req.actor);
      return reply(userId, await renewInstance(deps, userId, req.params.id, req.body, req.headers['idempotency-key']), res);
    },
  );

  app.post(
    '/buyer/instances/:id/upgrade',
    {
      config: buyer,
      schema: {
        tags,
        summary: 'Spec change, prorated to the current expiry',
        params: idParams,
        headers: optionalIdempotencyHeaders,
        body: upgradeBody,
        response: placed,
      },
    },
    async (req, res) => {
      const { userId } = requireActor(req.actor);
      return reply(userId, await upgradeInstance(deps, userId, req.params.id, req.body, req.headers['idempotency-key']), res);
    },
  );

  app.post(
    '/buyer/instances/:id/convert',
    {
      config: buyer,
      schema: {
        tags,
        summary: 'Convert a trial instance to a paid spec',
        params: idParams,
        headers: optionalIdempotencyHeaders,
        body: convertBody,
        response: placed,
      },
    },
    async (req, res) => {
      const { userId } = requireActor(req.actor);
      return reply(userId, await convertTrial(deps, userId, req.params.id, req.body, req.headers['idempotency-key']), res);
    },
  );
}
