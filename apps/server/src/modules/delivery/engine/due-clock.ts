import type { DueClock, StepNode } from '@cloudmart/contracts';
import { runsUntilWarrantyEnds } from '../templates/index.js';
import { addWorkingDays, type CalendarExceptions, dueAfterWorkingMs, workingMsBetween } from '../calendar/index.js';
import { DAY } from '../../../platform/clock.js';

/**
 * Which clock a task's due time runs on: working time by the calendar (every timeout in
 * working days), or plain time for the warranty flow's last step (a warranty runs through
 * weekends and holidays). Pause, resume and "time left" read the same clock.
 */
export function dueClockOf(step: StepNode | undefined, warrantyDays: number | null): DueClock {
  return step && runsUntilWarrantyEnds(step) && warrantyDays ? 'calendar' : 'working';
}

/** Time left from `now` to `due` on that clock (0 once due). */
export function timeLeft(clock: DueClock, cal: CalendarExceptions, now: Date, due: Date): number {
  if (due <= now) return 0;
  return clock === 'calendar' ? due.getTime() - now.getTime() : workingMsBetween(cal, now, due);
}

/**
 * The due time `ms` of that clock after `now` (resuming a pause). On working time it is 17:30
 * of the working day the time runs out in (guide 5.4: a day's task is due at 17:30), so a
 * pause and an immediate resume keep the due instant.
 */
export function dueAfter(clock: DueClock, cal: CalendarExceptions, now: Date, ms: number): Date {
  return clock === 'calendar' ? new Date(now.getTime() + ms) : dueAfterWorkingMs(cal, now, ms);
}

/**
 * When a step entered at `now` is due: 17:30 of the working day its timeout reaches (see
 * calendar/work-calendar.ts: 0.5 and 1 day → today's 17:30 when entered before 17:30), or, for
 * the warranty flow's last step, the end of the product's warranty in plain calendar days.
 */
export function dueOf(cal: CalendarExceptions, now: Date, warrantyDays: number | null, step: StepNode): Date | null {
  if (dueClockOf(step, warrantyDays) === 'calendar' && warrantyDays) return new Date(now.getTime() + warrantyDays * DAY);
  const timeout = 'timeoutDays' in step && step.timeoutDays > 0 ? step.timeoutDays : 0;
  return timeout > 0 ? addWorkingDays(cal, now, timeout) : null;
}
