import { buyerPriceChangeSchema, priceChangeBody, priceChangeSchema, priceFlagDecisionBody, priceFlagListQuery, priceFlagSchema } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { changeOrderPrice, decidePriceFlag, listBuyerPriceChanges, listPriceFlags, listSellerPriceChanges } from './price-change.service.js';

const tags = ['price-changes'];
const idParams = z.object({ id: z.string().min(1).max(64) });

export function priceChangeRoutes(app: App, deps: Deps): void {
  app.post(
    '/seller/orders/:id/price',
    {
      config: { auth: 'seller', permission: 'prices.change' },
      schema: {
        tags,
        summary: 'Reprice an unpaid order (audited; a change to 0 goes to operator review)',
        params: idParams,
        body: priceChangeBody,
        response: { 201: priceChangeSchema },
      },
    },
    async (req, reply) => {
      const { actor, sellerId } = sellerOf(req.actor);
      const change = await changeOrderPrice(deps, { sellerId, userId: actor.userId }, req.params.id, req.body);
      return reply.status(201).send(change);
    },
  );

  app.get(
    '/seller/orders/:id/price-changes',
    {
      config: { auth: 'seller', permission: 'orders.view' },
      schema: { tags, summary: 'Price change audit of an order', params: idParams, response: { 200: z.array(priceChangeSchema) } },
    },
    async (req) => listSellerPriceChanges(deps, sellerOf(req.actor).sellerId, req.params.id),
  );

  app.get(
    '/buyer/orders/:id/price-changes',
    { config: { auth: 'buyer' }, schema: { tags, summary: 'Price changes of my order', params: idParams, response: { 200: z.array(buyerPriceChangeSchema) } } },
    async (req) => listBuyerPriceChanges(deps, requireActor(req.actor).userId, req.params.id),
  );

  const opTags = ['operator', 'price-flags'];
  app.get(
    '/operator/price-flags',
    {
      config: { auth: 'operator' },
      schema: { tags: opTags, summary: 'Zero-price changes to review', querystring: priceFlagListQuery, response: { 200: pageSchema(priceFlagSchema) } },
    },
    async (req) => listPriceFlags(deps, req.query),
  );
  for (const [action, to] of [
    ['clear', 'cleared'],
    ['confirm', 'confirmed'],
  ] as const) {
    app.post(
      `/operator/price-flags/:id/${action}`,
      {
        config: { auth: 'operator' },
        schema: {
          tags: opTags,
          summary: action === 'clear' ? 'Clear a flag: the free order is legitimate' : 'Confirm a flag: a breach of the pricing policy',
          params: idParams,
          body: priceFlagDecisionBody,
          response: { 200: priceFlagSchema },
        },
      },
      async (req) => decidePriceFlag(deps, requireActor(req.actor).userId, req.params.id, to, req.body.note),
    );
  }
}
