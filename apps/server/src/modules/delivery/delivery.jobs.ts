import type { Deps } from '../../platform/module.js';
import type { Sweep } from '../../platform/scheduler.js';

/** The delivery center's timers: provider queue (10 min), employee queue (hourly), timeouts. */
export function deliverySweeps(_deps: Deps): Sweep[] {
  return [];
}
