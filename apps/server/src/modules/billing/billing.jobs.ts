import { HOUR } from '../../platform/clock.js';
import type { Sweep } from '../../platform/scheduler.js';
import { produceMonthlyBills } from './bills.service.js';

/** Hourly, so bills appear within an hour after midnight (Beijing) on the 1st. */
export const monthlyBillsSweep: Sweep = {
  name: 'billing.monthly-bills',
  intervalMs: HOUR,
  run: (ctx) => produceMonthlyBills(ctx),
};
