import { BILL_DUE_DAYS } from '@cloudmart/contracts';
import { DAY } from '../../platform/clock.js';
import { periodBounds } from './beijing-period.js';

/** When a bill of `period` falls due: BILL_DUE_DAYS after the month ends (00:00 Beijing on the 1st). */
export function billDueAt(period: string): Date {
  return new Date(periodBounds(period).end.getTime() + BILL_DUE_DAYS * DAY);
}

/**
 * Overdue is a flag computed on the clock, not a stored status: a bill is overdue while it is
 * unpaid at or after its due instant, and stops being so the moment it is paid. No sweep can
 * lag behind it, and a paid bill never shows overdue.
 */
export function isOverdue(b: { period: string; status: 'unpaid' | 'paid' }, now: Date): boolean {
  return b.status === 'unpaid' && now.getTime() >= billDueAt(b.period).getTime();
}
