/**
 * Beijing time (UTC+8 all year, no daylight saving), where the sellers and the guide's days,
 * months and deadlines are. Fixed-offset arithmetic on UTC instants keeps every rule
 * independent of the server's time zone and of the database's zone data: shift an instant to
 * its Beijing wall clock, read or change the UTC fields, shift back.
 */
export const BEIJING_OFFSET_MS = 8 * 60 * 60_000;

/** The Beijing wall clock of an instant, as a Date whose UTC fields read Beijing time. */
export function beijingWall(at: Date): Date {
  return new Date(at.getTime() + BEIJING_OFFSET_MS);
}

/** The instant a Beijing wall-clock time (given as UTC fields, month 0–11, overflow allowed) stands for. */
export function fromBeijingWall(y: number, month0: number, day = 1, h = 0, min = 0, s = 0, ms = 0): Date {
  return new Date(Date.UTC(y, month0, day, h, min, s, ms) - BEIJING_OFFSET_MS);
}

/** 00:00 on the 1st of the Beijing month holding `at`. */
export function beijingMonthStart(at: Date): Date {
  const w = beijingWall(at);
  return fromBeijingWall(w.getUTCFullYear(), w.getUTCMonth());
}

/** 00:00 of the Beijing day holding `at`. */
export function beijingDayStart(at: Date): Date {
  const w = beijingWall(at);
  return fromBeijingWall(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate());
}

/** 'YYYY-MM-DD' of the Beijing day holding `at`. */
export function beijingDate(at: Date): string {
  return beijingWall(at).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of the Beijing month holding `at`. */
export function beijingMonth(at: Date): string {
  return beijingWall(at).toISOString().slice(0, 7);
}

/** 'YYYYMMDD-HHMMSS' in Beijing, for file names people sort and read. */
export function beijingStamp(at: Date): string {
  return beijingWall(at).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}
