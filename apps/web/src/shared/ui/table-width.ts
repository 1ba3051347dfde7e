/**
 * scroll.x for a list laid out to fit the page: the sum of its columns' widths. A number (not
 * 'max-content') keeps the table's layout fixed, so each column holds its width and long text is
 * cut or wrapped inside it instead of widening the table under the fixed action column; on a
 * narrower screen the table still scrolls.
 */
export function columnsWidth(columns: readonly { width?: number | string }[]): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0);
}
