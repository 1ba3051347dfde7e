const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Working days (Monday–Friday) left until `dueAt`, one decimal. An estimate for the
 * screen: the server's work calendar (holidays, make-up days) decides the real timeout
 * and reports it as `overdue`.
 */
export function workingDaysLeft(dueAt: string, now: Date = new Date()): number {
  const end = new Date(dueAt).getTime();
  let at = now.getTime();
  if (Number.isNaN(end) || end <= at) return 0;
  let ms = 0;
  while (at < end) {
    const dayEnd = new Date(at);
    dayEnd.setHours(24, 0, 0, 0);
    const until = Math.min(dayEnd.getTime(), end);
    const weekday = new Date(at).getDay();
    if (weekday !== 0 && weekday !== 6) ms += until - at;
    at = until;
  }
  return Math.round((ms / DAY) * 10) / 10;
}

/** Hours left, for a due time within the day. */
export function hoursLeft(dueAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.ceil((new Date(dueAt).getTime() - now.getTime()) / HOUR));
}
