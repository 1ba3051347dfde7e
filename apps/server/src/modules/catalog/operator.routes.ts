import { categorySchema, operatorReviewListQuery, operatorReviewSchema, rejectReviewBody, updateCategoryBody } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { listCategories, setCommission } from './categories.service.js';
import { decideReview, listReviews } from './reviews.service.js';

const guard = { auth: 'operator' } as const;
const idParams = z.object({ id: z.string().min(1).max(64) });

export function operatorCatalogRoutes(app: App, deps: Deps): void {
  const tags = ['operator', 'product-reviews'];
  app.get(
    '/operator/product-reviews',
    {
      config: guard,
      schema: {
        tags,
        summary: 'Listing reviews and delisting requests',
        querystring: operatorReviewListQuery,
        response: { 200: pageSchema(operatorReviewSchema) },
      },
    },
    async (req) => listReviews(deps, req.query),
  );
  app.post(
    '/operator/product-reviews/:id/approve',
    { config: guard, schema: { tags, summary: 'Approve: list the product, or delist it for good', params: idParams, response: { 200: operatorReviewSchema } } },
    async (req) => decideReview(deps, requireActor(req.actor).userId, req.params.id, { approve: true }),
  );
  app.post(
    '/operator/product-reviews/:id/reject',
    {
      config: guard,
      schema: { tags, summary: 'Reject with a reason the seller sees', params: idParams, body: rejectReviewBody, response: { 200: operatorReviewSchema } },
    },
    async (req) => decideReview(deps, requireActor(req.actor).userId, req.params.id, { approve: false, reason: req.body.reason }),
  );

  const catTags = ['operator', 'categories'];
  app.get(
    '/operator/categories',
    { config: guard, schema: { tags: catTags, summary: 'Categories with their platform commission', response: { 200: z.array(categorySchema) } } },
    async () => listCategories(deps),
  );
  app.patch(
    '/operator/categories/:id',
    {
      config: guard,
      schema: {
        tags: catTags,
        summary: 'Set the platform commission (basis points, 0–5000)',
        params: idParams,
        body: updateCategoryBody,
        response: { 200: categorySchema },
      },
    },
    async (req) => setCommission(deps, req.params.id, req.body.commissionBp),
  );
}
