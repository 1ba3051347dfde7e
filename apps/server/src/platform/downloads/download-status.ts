import type { DownloadStatus } from '@cloudmart/contracts';

/**
 * An export is built once: pending → ready, or failed when its producer throws. A built (or
 * failed) one expires after the keeping period and its bytes are deleted; expired is final.
 */
export const downloadTransitions: Readonly<Record<DownloadStatus, readonly DownloadStatus[]>> = {
  pending: ['ready', 'failed'],
  ready: ['expired'],
  failed: ['expired'],
  expired: [],
};

export function canMoveDownload(from: DownloadStatus, to: DownloadStatus): boolean {
  return downloadTransitions[from].includes(to);
}

/** The statuses that move to `to`, for conditional updates (`where status in (…)`). */
export function downloadStatusesInto(to: DownloadStatus): DownloadStatus[] {
  return (Object.keys(downloadTransitions) as DownloadStatus[]).filter((s) => canMoveDownload(s, to));
}

/** How long a built file is kept, and how many exports one user may have building at once. */
export const KEEP_DAYS = 7;
export const MAX_PENDING_PER_USER = 3;
