import { ANSWER_HOURS } from '@cloudmart/contracts';
import { beijingDate } from '../../platform/beijing-time.js';
import { HOUR } from '../../platform/clock.js';

/**
 * "需求列表每整点更新一次": a demand posted at 10:20 enters 商机广场 at 11:00, one posted at
 * 11:00:00.000 exactly at 11:00. Whole hours are the same in UTC and Beijing (UTC+8).
 */
export function poolAtOf(postedAt: Date): Date {
  return new Date(Math.ceil(postedAt.getTime() / HOUR) * HOUR);
}

/** "24小时内…确认是否接受": an assigned or directed lead's answer is due 24 hours after assignment. */
export function answerDueOf(assignedAt: Date): Date {
  return new Date(assignedAt.getTime() + ANSWER_HOURS * HOUR);
}

/** Due when the clock reaches the instant: at 24 h it has expired, a millisecond before it has not. */
export function answerExpired(answerDueAt: Date, now: Date): boolean {
  return now.getTime() >= answerDueAt.getTime();
}

/** "每天可抢5个需求": the day a grab counts against is the Beijing calendar day. */
export function grabDayOf(at: Date): string {
  return beijingDate(at);
}
