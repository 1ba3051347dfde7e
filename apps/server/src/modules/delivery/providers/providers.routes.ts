import {
  availableProviderSchema,
  createProviderLinkBody,
  productProvidersReply,
  providerLinkListQuery,
  providerLinkSchema,
  setProductProvidersBody,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../../platform/auth/actor.js';
import { pageSchema } from '../../../platform/http/pagination.js';
import type { App, Deps } from '../../../platform/module.js';
import {
  createProviderLink,
  deleteProviderLink,
  getProductProviders,
  listAvailableProviders,
  listProviderLinks,
  listServedVendors,
  setProductProviders,
} from './providers.service.js';

const tags = ['delivery-providers'];
const idParams = z.object({ id: z.string().min(1).max(64) });
const productParams = z.object({ productId: z.string().min(1).max(64) });
const operator = { auth: 'operator' } as const;
const vendor = { auth: 'seller', permission: 'delivery.providers' } as const;

export function providerRoutes(app: App, deps: Deps): void {
  app.get(
    '/operator/delivery/provider-links',
    {
      config: operator,
      schema: {
        tags,
        summary: 'Vendor ↔ provider links (filter by either seller)',
        querystring: providerLinkListQuery,
        response: { 200: pageSchema(providerLinkSchema) },
      },
    },
    async (req) => listProviderLinks(deps.db, req.query),
  );
  app.post(
    '/operator/delivery/provider-links',
    {
      config: operator,
      schema: { tags, summary: 'Let a provider deliver the products of a vendor', body: createProviderLinkBody, response: { 201: providerLinkSchema } },
    },
    async (req, reply) => {
      reply.status(201);
      return createProviderLink(deps, requireActor(req.actor), req.body);
    },
  );
  app.delete(
    '/operator/delivery/provider-links/:id',
    { config: operator, schema: { tags, summary: 'Unlink; the provider is also taken off the vendor’s products', params: idParams } },
    async (req, reply) => {
      await deleteProviderLink(deps, req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/delivery/providers',
    {
      config: vendor,
      schema: { tags, summary: 'Providers the vendor may pick: itself and the linked ones', response: { 200: z.array(availableProviderSchema) } },
    },
    async (req) => listAvailableProviders(deps.db, sellerOf(req.actor).sellerId),
  );
  app.get(
    '/delivery/vendors',
    {
      config: vendor,
      schema: { tags, summary: 'Vendors this seller delivers for: itself and those linked to it', response: { 200: z.array(availableProviderSchema) } },
    },
    async (req) => listServedVendors(deps.db, sellerOf(req.actor).sellerId),
  );
  app.get(
    '/delivery/products/:productId/providers',
    {
      config: vendor,
      schema: {
        tags,
        summary: 'Providers of an own product with weight, max open and live open count',
        params: productParams,
        response: { 200: productProvidersReply },
      },
    },
    async (req) => getProductProviders(deps.db, sellerOf(req.actor).sellerId, req.params.productId),
  );
  app.put(
    '/delivery/products/:productId/providers',
    {
      config: vendor,
      schema: {
        tags,
        summary: 'Replace the providers of an own product (empty: the vendor delivers it itself)',
        params: productParams,
        body: setProductProvidersBody,
        response: { 200: productProvidersReply },
      },
    },
    async (req) => setProductProviders(deps, sellerOf(req.actor).sellerId, req.params.productId, req.body),
  );
}
