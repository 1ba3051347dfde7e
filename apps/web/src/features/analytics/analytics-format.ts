import { formatFen } from '../../shared/money';

/*
 * How 数据 shows its figures: money is integer fen (the project's formatter), rates are 0..1
 * shown as percent, and a figure the server could not compute (a zero denominator) is null → "—".
 */

export type FigureKind = 'count' | 'fen' | 'rate' | 'ratio' | 'seconds';
export type ChangeDirection = 'up' | 'down' | 'flat';

const NONE = '—';

/** 0.1234 → "12.34%"; null → "—". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return NONE;
  return `${(rate * 100).toFixed(2)}%`;
}

/** A figure's value as text; seconds come back as a bare number for the caller's unit ("12.5"). */
export function formatFigure(kind: FigureKind, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  switch (kind) {
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    case 'fen':
      return formatFen(Math.round(value));
    case 'rate':
      return formatRate(value);
    case 'ratio':
      return value.toFixed(2);
    case 'seconds':
      return (Math.round(value * 10) / 10).toFixed(1);
  }
}

export interface ChangeView {
  /** "+12.34%" / "-5.00%" / "0.00%"; "—" without a previous value */
  text: string;
  direction: ChangeDirection | null;
  /** whether the move is good news (a falling bounce rate is) */
  good: boolean | null;
}

/** 环比: (value − previous) / previous as a signed percent with its direction. */
export function formatChange(change: number | null | undefined, lowerIsBetter = false): ChangeView {
  if (change === null || change === undefined || !Number.isFinite(change)) return { text: NONE, direction: null, good: null };
  const rounded = Math.round(change * 10_000) / 100;
  if (rounded === 0) return { text: '0.00%', direction: 'flat', good: null };
  const direction: ChangeDirection = rounded > 0 ? 'up' : 'down';
  return { text: `${rounded > 0 ? '+' : '-'}${Math.abs(rounded).toFixed(2)}%`, direction, good: (direction === 'up') !== lowerIsBetter };
}

/** A chart value in the unit its axis shows: yuan for money, percent for rates. */
export function chartValue(kind: FigureKind, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (kind === 'fen') return value / 100;
  if (kind === 'rate') return Math.round(value * 10_000) / 100;
  if (kind === 'ratio' || kind === 'seconds') return Math.round(value * 100) / 100;
  return value;
}

/** Today's date on Beijing's calendar (UTC+8), whatever the browser's zone. */
export function beijingToday(now: number = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A trend bucket's label: 'YYYY-MM-DD' → 'MM-DD', an hour 'HH' stays for "HH:00". */
export function bucketLabel(bucket: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(bucket) ? bucket.slice(5) : `${bucket}:00`;
}
