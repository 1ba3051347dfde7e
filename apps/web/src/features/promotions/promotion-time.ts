import dayjs, { type Dayjs } from 'dayjs';

/*
 * Promotion windows are Beijing time (UTC+8) wherever the seller's browser is: the pickers show
 * Beijing wall-clock values, and the API gets instants with +08:00.
 */

const BEIJING_MS = 8 * 3_600_000;

/** An instant as Beijing "YYYY-MM-DD HH:mm:ss" (or shorter: `len` 16 drops the seconds). */
export function beijingText(iso: string | null | undefined, len: 10 | 16 | 19 = 19, empty = '—'): string {
  if (!iso) return empty;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return empty;
  return new Date(ms + BEIJING_MS).toISOString().slice(0, len).replace('T', ' ');
}

/** The picker value (a wall-clock time) that shows this instant in Beijing time. */
export function beijingPickerValue(iso: string): Dayjs {
  return dayjs(beijingText(iso, 19).replace(' ', 'T'));
}

/** A picked wall-clock time, read as Beijing time. */
export function beijingIso(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;
}

export type PickedRange = [Dayjs | null, Dayjs | null] | null | undefined;

/** Both ends of a picked range as Beijing instants, or null when either is missing. */
export function beijingRange(range: PickedRange): { from: string; to: string } | null {
  const from = range?.[0];
  const to = range?.[1];
  return from && to ? { from: beijingIso(from), to: beijingIso(to) } : null;
}

export function pickerRange(from: string | null, to: string | null): [Dayjs, Dayjs] | null {
  return from && to ? [beijingPickerValue(from), beijingPickerValue(to)] : null;
}
