import {
  buyerInstanceDetailSchema,
  buyerInstanceListQuery,
  buyerInstanceSchema,
  instanceRemarkBody,
  sellerInstanceDetailSchema,
  sellerInstanceListQuery,
  sellerInstanceSchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { getBuyerInstance, getSellerInstance, listBuyerInstances, listSellerInstances, setInstanceRemark } from './instances-query.service.js';

const tags = ['instances'];
const idParams = z.object({ id: z.string().min(1).max(64) });

export function instancesRoutes(app: App, deps: Deps): void {
  app.get(
    '/buyer/instances',
    {
      config: { auth: 'buyer' },
      schema: { tags, summary: 'The buyer’s instances', querystring: buyerInstanceListQuery, response: { 200: pageSchema(buyerInstanceSchema) } },
    },
    async (req) => listBuyerInstances(deps, requireActor(req.actor).userId, req.query),
  );

  app.get(
    '/buyer/instances/:id',
    {
      config: { auth: 'buyer' },
      schema: { tags, summary: 'Instance with its orders and, while opened, its app info', params: idParams, response: { 200: buyerInstanceDetailSchema } },
    },
    async (req) => getBuyerInstance(deps, requireActor(req.actor).userId, req.params.id),
  );

  app.get(
    '/seller/instances',
    {
      config: { auth: 'seller', permission: 'instances.view' },
      schema: { tags, summary: 'Seller instance list', querystring: sellerInstanceListQuery, response: { 200: pageSchema(sellerInstanceSchema) } },
    },
    async (req) => listSellerInstances(deps, sellerOf(req.actor).sellerId, req.query),
  );

  app.get(
    '/seller/instances/:id',
    {
      config: { auth: 'seller', permission: 'instances.view' },
      schema: { tags, summary: 'Instance detail with its orders', params: idParams, response: { 200: sellerInstanceDetailSchema } },
    },
    async (req) => getSellerInstance(deps, sellerOf(req.actor).sellerId, req.params.id),
  );

  app.patch(
    '/seller/instances/:id/remark',
    {
      config: { auth: 'seller', permission: 'instances.manage' },
      schema: {
        tags,
        summary: 'Set the seller’s remark (empty clears it)',
        params: idParams,
        body: instanceRemarkBody,
        response: { 200: sellerInstanceDetailSchema },
      },
    },
    async (req) => setInstanceRemark(deps, sellerOf(req.actor).sellerId, req.params.id, req.body.remark),
  );
}
