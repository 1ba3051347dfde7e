import { z } from 'zod';

/*
 * The portals' home pages (issue 11 item 8): each figure links to the list it counts. A card
 * the caller's permissions do not allow is omitted (sub-accounts see only their cards).
 * Days are Beijing days ('YYYY-MM-DD'); money is in fen.
 */

/** One Beijing day of the seller's (or the platform's) trend: orders placed and GMV. */
export const homeTrendPointSchema = z.object({ day: z.string(), orders: z.number().int(), gmvFen: z.number().int() });
export type HomeTrendPoint = z.infer<typeof homeTrendPointSchema>;

/**
 * Sales figures. GMV = what buyers paid minus what was refunded to them, by the instant of
 * payment or refund (refund orders are negative): today and the last 30 Beijing days.
 */
export const homeSalesSchema = z.object({
  /** orders placed today (refund orders excluded) */
  ordersToday: z.number().int(),
  /** of them, paid */
  paidToday: z.number().int(),
  gmvTodayFen: z.number().int(),
  gmv30dFen: z.number().int(),
  /** the last 30 Beijing days, oldest first, today last */
  trend: z.array(homeTrendPointSchema),
});
export type HomeSales = z.infer<typeof homeSalesSchema>;

export const sellerHomeSchema = z.object({
  today: z.string(),
  /** orders.view */
  sales: homeSalesSchema.optional(),
  /** refunds.view: buyer refund requests awaiting the seller */
  pendingRefunds: z.number().int().optional(),
  /** invoices.manage: applications to issue */
  invoicesToIssue: z.number().int().optional(),
  /** reviews.view: buyers' reviews without a reply, reply window open */
  reviewsToReply: z.number().int().optional(),
  /** delivery.projects.view: the seller's projects (as vendor or provider) past their due time */
  overdueProjects: z.number().int().optional(),
});
export type SellerHome = z.infer<typeof sellerHomeSchema>;

export const operatorHomeSchema = z.object({
  today: z.string(),
  queues: z.object({
    productReviews: z.number().int(),
    delistingRequests: z.number().int(),
    refundReviews: z.number().int(),
    priceFlags: z.number().int(),
    /** delivery projects past their due time, any seller: where disputes start */
    overdueProjects: z.number().int(),
  }),
  totals: z.object({
    sellers: z.number().int(),
    buyers: z.number().int(),
    listedProducts: z.number().int(),
  }),
  sales: homeSalesSchema,
});
export type OperatorHome = z.infer<typeof operatorHomeSchema>;

export const buyerHomeSchema = z.object({
  today: z.string(),
  /** unpaid orders (not yet voided) */
  ordersToPay: z.number().int(),
  /** instances open or in service */
  activeInstances: z.number().int(),
  /** of them, expiring within the next 7 days */
  expiringInstances: z.number().int(),
  /** service projects waiting on the buyer: requirements to fill in, deliveries to confirm */
  requirementsToFill: z.number().int(),
  draftsToConfirm: z.number().int(),
});
export type BuyerHome = z.infer<typeof buyerHomeSchema>;
