import type { DownloadStatus } from '@cloudmart/contracts';
import { stateMachine } from '../state-machine.js';

/**
 * An export is built once: pending → ready, or failed when its producer throws. A built (or
 * failed) one expires after the keeping period and its bytes are deleted; expired is final.
 */
export const downloadLifecycle = stateMachine<DownloadStatus>('download', {
  pending: ['ready', 'failed'],
  ready: ['expired'],
  failed: ['expired'],
  expired: [],
});
export const downloadTransitions = downloadLifecycle.transitions;
export const canMoveDownload = downloadLifecycle.can;
/** The statuses that move to `to`, for conditional updates (`where status in (…)`). */
export const downloadStatusesInto = downloadLifecycle.into;

/** How long a built file is kept, and how many exports one user may have building at once. */
export const KEEP_DAYS = 7;
export const MAX_PENDING_PER_USER = 3;
