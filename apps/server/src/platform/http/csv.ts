/** Streamed CSV exports: UTF-8 with a BOM so Excel reads Chinese text, CRLF line ends (RFC 4180). */
export const CSV_BOM = '\uFEFF';

/**
 * A text cell: quoted when needed; a leading = + - @ is prefixed with ' so a spreadsheet
 * never runs a seller- or buyer-written value as a formula. Numbers pass through as they are.
 */
export function csvText(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line of already-encoded cells (amounts from formatYuan are numbers, written raw). */
export function csvLine(cells: readonly string[]): string {
  return cells.join(',') + '\r\n';
}

export function csvHeader(names: readonly string[]): string {
  return CSV_BOM + csvLine(names.map(csvText));
}
