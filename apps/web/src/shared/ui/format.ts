const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * ISO time → "YYYY-MM-DD HH:mm:ss" on Beijing's wall clock (UTC+8, no daylight saving), whatever
 * the viewer's time zone: the marketplace's days, deadlines and pickers all count in Beijing time.
 * null or unparseable → the placeholder.
 */
export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return empty;
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** 512 B, 1.5 KB, 2.0 MB */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
