import type { OrderType } from '@cloudmart/contracts';
import { DAY } from '../../platform/clock.js';

/** DOMAIN 2.7: a buyer reviews within 30 days of payment, else a default review is given. */
export const REVIEW_WINDOW_DAYS = 30;
/** DOMAIN 2.7: the seller replies once, within 30 days of the review. */
export const REPLY_WINDOW_DAYS = 30;

/** Purchases are reviewed; trials cost nothing and refunds are reverse orders. */
export const reviewableOrderTypes = ['new', 'renew', 'upgrade', 'trial_to_paid'] as const satisfies readonly OrderType[];

export function reviewDeadline(paidAt: Date): Date {
  return new Date(paidAt.getTime() + REVIEW_WINDOW_DAYS * DAY);
}

/** Open while now < paidAt + 30 days; at the 30-day mark the default review takes over. */
export function reviewWindowOpen(paidAt: Date, now: Date): boolean {
  return now.getTime() < reviewDeadline(paidAt).getTime();
}

export function replyDeadline(reviewCreatedAt: Date): Date {
  return new Date(reviewCreatedAt.getTime() + REPLY_WINDOW_DAYS * DAY);
}

/** Open while now < createdAt + 30 days: replies on days 1–30 pass, day 31 is refused. */
export function replyWindowOpen(reviewCreatedAt: Date, now: Date): boolean {
  return now.getTime() < replyDeadline(reviewCreatedAt).getTime();
}
