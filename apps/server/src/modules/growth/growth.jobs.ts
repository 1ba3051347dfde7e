import { HOUR } from '../../platform/clock.js';
import type { Sweep } from '../../platform/scheduler.js';
import { writeDailyScores } from './growth.service.js';

/**
 * 商品力 recomputed daily (issue 15): hourly, each run upserts today's (Beijing) row of every
 * listed product — the first run of a day creates it, later ones refresh it with the same window.
 */
export const strengthScoreSweep: Sweep = {
  name: 'growth.score',
  intervalMs: HOUR,
  run: ({ tx, now }) => writeDailyScores(tx, now),
};

export const growthSweeps = (): Sweep[] => [strengthScoreSweep];
