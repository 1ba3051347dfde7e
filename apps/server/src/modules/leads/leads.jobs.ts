import { MINUTE } from '../../platform/clock.js';
import type { Deps } from '../../platform/module.js';
import type { Sweep } from '../../platform/scheduler.js';
import { expireUnanswered } from './lead-answer.service.js';

/** The 24-hour answer expiry. (Matching rules' automatic assignment is left to the operator's routing.) */
export function leadSweeps(_deps: Deps): Sweep[] {
  return [{ name: 'leads.answer-expiry', intervalMs: MINUTE, run: (scope) => expireUnanswered(scope) }];
}
