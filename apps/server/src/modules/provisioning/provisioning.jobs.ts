import type { Sweep } from '../../platform/scheduler.js';
import { claimDueCalls } from './spi-calls.service.js';

/** Retries SPI calls whose backoff has elapsed: claims them here, attempts them from the outbox after commit. */
export const spiRetrySweep: Sweep = {
  name: 'provisioning.retry',
  intervalMs: 30_000,
  run: ({ tx, now }) => claimDueCalls(tx, now),
};
