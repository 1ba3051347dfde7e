import type { StepNode } from '@cloudmart/contracts';
import { runsUntilWarrantyEnds } from './flow-steps.js';
import { addWorkingMs, workingMsBetween, type CalendarExceptions } from './work-calendar.js';

/**
 * Which clock a task's due time runs on: working time by the calendar (every timeout in
 * working days), or plain time for the warranty flow's last step (a warranty runs through
 * weekends and holidays). Pause, resume and "time left" read the same clock.
 */
export type DueClock = 'working' | 'calendar';

export function dueClockOf(step: StepNode | undefined, warrantyDays: number | null): DueClock {
  return step && runsUntilWarrantyEnds(step) && warrantyDays ? 'calendar' : 'working';
}

/** Time left from `now` to `due` on that clock (0 once due). */
export function timeLeft(clock: DueClock, cal: CalendarExceptions, now: Date, due: Date): number {
  if (due <= now) return 0;
  return clock === 'calendar' ? due.getTime() - now.getTime() : workingMsBetween(cal, now, due);
}

/** The due time `ms` of that clock after `now`. */
export function dueAfter(clock: DueClock, cal: CalendarExceptions, now: Date, ms: number): Date {
  return clock === 'calendar' ? new Date(now.getTime() + ms) : addWorkingMs(cal, now, ms);
}
