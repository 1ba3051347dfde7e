import type { HostingReviewStatus } from '@cloudmart/contracts';
import type { Db } from '../../platform/db/client.js';
import { REVIEW_WORKING_DAYS } from './hosting-rules.js';

/** The expected date of a pending review, for one loaded work calendar. */
export type ExpectedBy = (status: HostingReviewStatus, submittedAt: Date | null) => string | null;

/**
 * "架构审核需要1~3个工作日" / "托管审核需要1~3个工作日": the close (17:30 Beijing) of the third working day
 * from submission by the delivery module's work calendar. Loaded on use: the catalog reaches this
 * module while the orders ↔ catalog cycle is still being evaluated, and delivery needs orders then.
 */
export async function reviewCalendar(db: Db): Promise<ExpectedBy> {
  const { addWorkingDays, loadCalendar } = await import('../delivery/index.js');
  const cal = await loadCalendar(db);
  return (status, submittedAt) => (status === 'pending' && submittedAt ? addWorkingDays(cal, submittedAt, REVIEW_WORKING_DAYS).toISOString() : null);
}
