import {
  createProductBody,
  createSpecBody,
  delistingRequestBody,
  productReviewSchema,
  productVisibilityBody,
  sellerProductDetailSchema,
  sellerProductListQuery,
  sellerProductRowSchema,
  specSchema,
  specVisibilityBody,
  updateProductBody,
  updateSpecBody,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { createProduct, getSellerProduct, listSellerProducts, setProductVisibility, updateProduct } from './products.service.js';
import { requestDelisting, submitForListing } from './reviews.service.js';
import { createSpec, deleteSpec, setSpecHidden, updateSpec } from './specs.service.js';

const view = { auth: 'seller', permission: 'products.view' } as const;
const manage = { auth: 'seller', permission: 'products.manage' } as const;
const id = z.string().min(1).max(64);
const productParams = z.object({ id });
const specParams = z.object({ id, specId: id });
const tags = ['products'];

export function sellerProductRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/products',
    {
      config: view,
      schema: {
        tags,
        summary: 'The seller’s products, newest first',
        querystring: sellerProductListQuery,
        response: { 200: pageSchema(sellerProductRowSchema) },
      },
    },
    async (req) => listSellerProducts(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.get(
    '/seller/products/:id',
    {
      config: view,
      schema: { tags, summary: 'Product with specs, latest review and delisting request', params: productParams, response: { 200: sellerProductDetailSchema } },
    },
    async (req) => getSellerProduct(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.post(
    '/seller/products',
    { config: manage, schema: { tags, summary: 'Create a draft product', body: createProductBody, response: { 201: sellerProductDetailSchema } } },
    async (req, reply) => {
      const product = await createProduct(deps, sellerOf(req.actor).sellerId, req.body);
      return reply.status(201).send(product);
    },
  );
  app.patch(
    '/seller/products/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit texts and media (billing and category only before listing)',
        params: productParams,
        body: updateProductBody,
        response: { 200: sellerProductDetailSchema },
      },
    },
    async (req) => updateProduct(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );
  app.post(
    '/seller/products/:id/visibility',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Show or hide on the storefront (hidden stays orderable by URL)',
        params: productParams,
        body: productVisibilityBody,
        response: { 200: sellerProductDetailSchema },
      },
    },
    async (req) => setProductVisibility(deps, sellerOf(req.actor).sellerId, req.params.id, req.body.visible),
  );
  app.post(
    '/seller/products/:id/submit',
    { config: manage, schema: { tags, summary: 'Submit for listing review', params: productParams, response: { 200: sellerProductDetailSchema } } },
    async (req) => submitForListing(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.post(
    '/seller/products/:id/delisting',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ask the operators to delist a listed product (final)',
        params: productParams,
        body: delistingRequestBody,
        response: { 201: productReviewSchema },
      },
    },
    async (req, reply) => {
      const review = await requestDelisting(deps, sellerOf(req.actor).sellerId, req.params.id, req.body);
      return reply.status(201).send(review);
    },
  );

  app.post(
    '/seller/products/:id/specs',
    { config: manage, schema: { tags, summary: 'Add a spec', params: productParams, body: createSpecBody, response: { 201: specSchema } } },
    async (req, reply) => {
      const spec = await createSpec(deps, sellerOf(req.actor).sellerId, req.params.id, req.body);
      return reply.status(201).send(spec);
    },
  );
  app.patch(
    '/seller/products/:id/specs/:specId',
    {
      config: manage,
      schema: { tags, summary: 'Edit a spec; prices/meters replace the whole list', params: specParams, body: updateSpecBody, response: { 200: specSchema } },
    },
    async (req) => updateSpec(deps, sellerOf(req.actor).sellerId, req.params.id, req.params.specId, req.body),
  );
  app.delete(
    '/seller/products/:id/specs/:specId',
    { config: manage, schema: { tags, summary: 'Delete a spec of a never-listed product', params: specParams } },
    async (req, reply) => {
      await deleteSpec(deps, sellerOf(req.actor).sellerId, req.params.id, req.params.specId);
      return reply.status(204).send();
    },
  );
  app.post(
    '/seller/products/:id/specs/:specId/visibility',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Hide or show a spec (one sellable spec stays visible)',
        params: specParams,
        body: specVisibilityBody,
        response: { 200: specSchema },
      },
    },
    async (req) => setSpecHidden(deps, sellerOf(req.actor).sellerId, req.params.id, req.params.specId, req.body.hidden),
  );
}
