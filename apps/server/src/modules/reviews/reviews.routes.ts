import {
  buyerReviewListQuery,
  buyerReviewSchema,
  reviewableOrderSchema,
  reviewBody,
  reviewReplyBody,
  sellerReviewListQuery,
  sellerReviewSchema,
  sellerReviewSummarySchema,
  shopScoreSchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { listBuyerReviews, listReviewables, reviewOrder } from './buyer-reviews.service.js';
import { getShopScore, listSellerReviews, replyToReview, sellerReviewSummary } from './seller-reviews.service.js';

const tags = ['reviews'];
const idParams = z.object({ id: z.string().min(1).max(64) });
const buyer = { auth: 'buyer' } as const;

export function reviewsRoutes(app: App, deps: Deps): void {
  app.get(
    '/buyer/reviewables',
    {
      config: buyer,
      schema: { tags, summary: 'Paid purchases of the last 30 days still waiting for a review', response: { 200: z.array(reviewableOrderSchema) } },
    },
    async (req) => listReviewables(deps, requireActor(req.actor).userId),
  );

  app.post(
    '/buyer/orders/:id/review',
    {
      config: buyer,
      schema: {
        tags,
        summary: 'Review a paid purchase (once, within 30 days of payment)',
        params: idParams,
        body: reviewBody,
        response: { 201: buyerReviewSchema },
      },
    },
    async (req, res) => {
      res.status(201);
      return reviewOrder(deps, requireActor(req.actor).userId, req.params.id, req.body);
    },
  );

  app.get(
    '/buyer/reviews',
    {
      config: buyer,
      schema: { tags, summary: 'The buyer’s reviews, newest first', querystring: buyerReviewListQuery, response: { 200: pageSchema(buyerReviewSchema) } },
    },
    async (req) => listBuyerReviews(deps, requireActor(req.actor).userId, req.query),
  );

  app.get(
    '/store/shops/:sellerCode/score',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Shop score over non-default reviews',
        params: z.object({ sellerCode: z.string().min(1).max(64) }),
        response: { 200: shopScoreSchema },
      },
    },
    async (req) => getShopScore(deps, req.params.sellerCode),
  );

  app.get(
    '/seller/reviews',
    {
      config: { auth: 'seller', permission: 'reviews.view' },
      schema: { tags, summary: 'Reviews of the seller’s orders', querystring: sellerReviewListQuery, response: { 200: pageSchema(sellerReviewSchema) } },
    },
    async (req) => listSellerReviews(deps, sellerOf(req.actor).sellerId, req.query),
  );

  app.get(
    '/seller/reviews/summary',
    {
      config: { auth: 'seller', permission: 'reviews.view' },
      schema: { tags, summary: 'Shop score and review counts', response: { 200: sellerReviewSummarySchema } },
    },
    async (req) => sellerReviewSummary(deps, sellerOf(req.actor).sellerId),
  );

  app.post(
    '/seller/reviews/:id/reply',
    {
      config: { auth: 'seller', permission: 'reviews.reply' },
      schema: { tags, summary: 'Reply once, within 30 days of the review', params: idParams, body: reviewReplyBody, response: { 200: sellerReviewSchema } },
    },
    async (req) => replyToReview(deps, sellerOf(req.actor).sellerId, req.params.id, req.body.reply),
  );
}
