import { z } from 'zod';
import { orderTypes } from './orders.js';

/* ---------- reviews (DOMAIN 2.7) ---------- */

const isoDate = z.iso.datetime({ offset: true });
const dimension = z.number().int().min(1).max(5);
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** A buyer's rating of one paid purchase order. */
export const reviewBody = z.object({
  quality: dimension,
  attitude: dimension,
  speed: dimension,
  comment: z.string().trim().max(500).nullish(),
});
export type ReviewBody = z.infer<typeof reviewBody>;

export const reviewReplyBody = z.object({ reply: z.string().trim().min(1).max(500) });
export type ReviewReplyBody = z.infer<typeof reviewReplyBody>;

/** A paid purchase order the buyer can still review, and until when. */
export const reviewableOrderSchema = z.object({
  orderId: z.string(),
  orderNo: z.string(),
  productId: z.string().nullable(),
  productName: z.string(),
  specName: z.string(),
  type: z.enum(orderTypes),
  paidAt: z.string(),
  reviewBefore: z.string(),
});
export type ReviewableOrder = z.infer<typeof reviewableOrderSchema>;

const reviewCore = {
  id: z.string(),
  orderId: z.string(),
  productId: z.string().nullable(),
  productName: z.string(),
  quality: dimension,
  attitude: dimension,
  speed: dimension,
  comment: z.string().nullable(),
  isDefault: z.boolean(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  createdAt: z.string(),
};

export const buyerReviewSchema = z.object(reviewCore);
export type BuyerReview = z.infer<typeof buyerReviewSchema>;

export const buyerReviewListQuery = z.object(page);
export type BuyerReviewListQuery = z.infer<typeof buyerReviewListQuery>;

export const sellerReviewSchema = z.object({
  ...reviewCore,
  buyerUid: z.number().int(),
  /** non-default and some dimension below 5: a "bad review" to handle */
  toHandle: z.boolean(),
  /** no reply yet and the 30-day reply window is still open */
  replyOpen: z.boolean(),
  replyBefore: z.string(),
});
export type SellerReview = z.infer<typeof sellerReviewSchema>;

export const sellerReviewListQuery = z.object({
  /** bounds on the mean of the three dimensions */
  minScore: z.coerce.number().int().min(1).max(5).optional(),
  maxScore: z.coerce.number().int().min(1).max(5).optional(),
  /** 'true': only reviews to handle; 'false': only the others */
  toHandle: z.enum(['true', 'false']).optional(),
  productName: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...page,
});
export type SellerReviewListQuery = z.infer<typeof sellerReviewListQuery>;

const dimensionAverages = z.object({ quality: z.number().nullable(), attitude: z.number().nullable(), speed: z.number().nullable() });

/** Shop score: non-default reviews only, one decimal (null without any). */
export const shopScoreSchema = z.object({
  score: z.number().nullable(),
  reviewCount: z.number().int(),
  dimensions: dimensionAverages,
});
export type ShopScore = z.infer<typeof shopScoreSchema>;

export const sellerReviewSummarySchema = shopScoreSchema.extend({
  defaultCount: z.number().int(),
  toHandleCount: z.number().int(),
  /** reviews still waiting for a reply within their window */
  replyOpenCount: z.number().int(),
});
export type SellerReviewSummary = z.infer<typeof sellerReviewSummarySchema>;
