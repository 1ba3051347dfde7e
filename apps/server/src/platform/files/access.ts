import type { Actor } from '../auth/actor.js';
import type { Deps } from '../module.js';
import type { files } from './files.tables.js';

/** What an access check may look at. */
export type FileRecord = Pick<typeof files.$inferSelect, 'id' | 'purpose' | 'uploaderId' | 'sellerId' | 'createdAt'>;

/**
 * Says whether `actor` may read `file`; false means "not by this rule", and another
 * rule may still allow it. Business modules add rules (the buyer of an order may read
 * the order's contract, a delivery engineer the project's documents) without this
 * platform code knowing about orders or projects.
 */
export type FileAccessCheck = (deps: Deps, actor: Actor | null, file: FileRecord) => Promise<boolean>;

/** The platform's own rule: the uploader, the uploader's seller organisation, operators. */
export const ownerAccess: FileAccessCheck = async (_deps, actor, file) =>
  actor !== null && (actor.kind === 'operator' || file.uploaderId === actor.userId || (file.sellerId !== null && file.sellerId === actor.sellerId));

// Rules are code, the same for every app instance in the process; keyed by name so a
// module that registers again (tests build many apps) replaces rather than duplicates.
const checks = new Map<string, FileAccessCheck>([['files.owner', ownerAccess]]);

/** Add (or replace) a named read rule. Call it from a module's `handlers` or at import. */
export function registerFileAccess(name: string, check: FileAccessCheck): void {
  checks.set(name, check);
}

/** For tests that register throw-away rules. */
export function unregisterFileAccess(name: string): void {
  if (name !== 'files.owner') checks.delete(name);
}

/** Any registered rule allowing it is enough; rules run in registration order, cheap ones first. */
export async function canRead(deps: Deps, actor: Actor | null, file: FileRecord): Promise<boolean> {
  for (const check of checks.values()) {
    if (await check(deps, actor, file)) return true;
  }
  return false;
}
