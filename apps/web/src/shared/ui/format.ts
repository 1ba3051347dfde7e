import dayjs from 'dayjs';

const yuan = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Integer fen → "¥1,234.50" (refunds are negative: "-¥12.00"). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  return `${sign}¥${yuan.format(Math.abs(fen) / 100)}`;
}

/** ISO time → local "YYYY-MM-DD HH:mm:ss"; null → the placeholder. */
export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : empty;
}
