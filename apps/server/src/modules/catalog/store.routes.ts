import {
  storeCategorySchema,
  storeProductCardSchema,
  storeProductDetailSchema,
  storeProductQuery,
  storeShopQuery,
  storeShopSchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { listStoreCategories } from './categories.service.js';
import { getShop, getStoreProduct, searchProducts } from './store.service.js';

const open = { auth: 'public' } as const;
const tags = ['store'];

export function storeRoutes(app: App, deps: Deps): void {
  app.get(
    '/store/categories',
    { config: open, schema: { tags, summary: 'Categories with their count of listed products', response: { 200: z.array(storeCategorySchema) } } },
    async () => listStoreCategories(deps),
  );
  app.get(
    '/store/products',
    {
      config: open,
      schema: { tags, summary: 'Search listed, visible products', querystring: storeProductQuery, response: { 200: pageSchema(storeProductCardSchema) } },
    },
    async (req) => searchProducts(deps, req.query),
  );
  app.get(
    '/store/products/:codeOrId',
    {
      config: open,
      schema: {
        tags,
        summary: 'Product page (also for hidden products: the preview URL)',
        params: z.object({ codeOrId: z.string().min(1).max(64) }),
        response: { 200: storeProductDetailSchema },
      },
    },
    async (req) => getStoreProduct(deps, req.params.codeOrId),
  );
  app.get(
    '/store/shops/:sellerCode',
    {
      config: open,
      schema: {
        tags,
        summary: 'A seller’s shop: its listed, visible products',
        params: z.object({ sellerCode: z.string().min(1).max(64) }),
        querystring: storeShopQuery,
        response: { 200: storeShopSchema },
      },
    },
    async (req) => getShop(deps, req.params.sellerCode, req.query),
  );
}
