import type { Deps } from '../../platform/module.js';
import type { Sweep } from '../../platform/scheduler.js';

/** The 24-hour answer expiry and the matching rules' assignment. */
export function leadSweeps(_deps: Deps): Sweep[] {
  return [];
}
