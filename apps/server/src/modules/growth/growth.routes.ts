import {
  benefitMatrixSchema,
  growthListQuery,
  growthListSchema,
  productStrengthDetailSchema,
  productTierBadgeSchema,
  whatIfBody,
  whatIfReplySchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { sellerOf } from '../../platform/auth/actor.js';
import type { App, Deps } from '../../platform/module.js';
import { BENEFIT_MATRIX } from './benefits.js';
import { viewGrowth as view } from './growth.permissions.js';
import { listStrength, productStrengthDetail, productTierBadge, productWhatIf } from './growth.service.js';

const tags = ['growth'];
const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id') });

/** 商品 > 商品成长 (guide 3.3): every seller route needs growth.view; the store badge is public. */
export function growthRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/growth/products',
    {
      config: view,
      schema: {
        tags,
        summary: '商品成长: listed products with 商品力 score and tier, counts per tier',
        querystring: growthListQuery,
        response: { 200: growthListSchema },
      },
    },
    async (req) => listStrength(deps, sellerOf(req.actor).sellerId, req.query.tier),
  );
  app.get(
    '/seller/growth/products/:id',
    {
      config: view,
      schema: { tags, summary: '商品力分值详情: dimensions, factors and 提升建议', params: idParams, response: { 200: productStrengthDetailSchema } },
    },
    async (req) => productStrengthDetail(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.post(
    '/seller/growth/products/:id/what-if',
    {
      config: view,
      schema: {
        tags,
        summary: 'What-if: the score with hypothetical changes (nothing stored)',
        params: idParams,
        body: whatIfBody,
        response: { 200: whatIfReplySchema },
      },
    },
    async (req) => productWhatIf(deps, sellerOf(req.actor).sellerId, req.params.id, req.body.changes),
  );
  app.get('/seller/growth/benefits', { config: view, schema: { tags, summary: '专属权益 per tier', response: { 200: benefitMatrixSchema } } }, async () => [
    ...BENEFIT_MATRIX,
  ]);
  app.get(
    '/store/products/:id/tier',
    {
      config: { auth: 'public' } as const,
      schema: { tags, summary: 'The product page tier badge: 超优品 / 优品 only', params: idParams, response: { 200: productTierBadgeSchema } },
    },
    async (req) => productTierBadge(deps.db, req.params.id),
  );
}
