import type { Dayjs } from 'dayjs';

/* The simulator's times: the work calendar's own clock is Beijing (UTC+8), whatever the browser's zone. */

const BEIJING_MS = 8 * 3_600_000;

/** An instant as Beijing wall-clock "YYYY-MM-DD HH:mm", the calendar's own time, wherever the browser is. */
export function beijingText(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** A picked wall-clock time read as Beijing time. */
export function beijingIso(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}
