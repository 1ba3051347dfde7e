import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import type { Deps } from '../module.js';
import { emit, type Outbox } from '../outbox.js';
import { files } from './files.tables.js';

export const FILE_BYTES_REMOVED = 'file.bytes_removed';
const removedPayload = z.object({ storageKey: z.string() });

/**
 * Delete file rows in the caller's transaction. Their bytes are deleted after commit (the
 * outbox), so a rolled-back change never loses a file it still points at. Only the module
 * that knows every reference to a file may call this.
 */
export async function deleteFiles(tx: Db, now: Date, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const gone = await tx
    .delete(files)
    .where(inArray(files.id, [...ids]))
    .returning({ storageKey: files.storageKey });
  for (const g of gone) await emit(tx, now, FILE_BYTES_REMOVED, { storageKey: g.storageKey });
  return gone.length;
}

export function fileRemovalHandlers(outbox: Outbox, deps: Deps): void {
  outbox.on(FILE_BYTES_REMOVED, 'files.delete-bytes', (e) => deps.storage.remove(removedPayload.parse(e.payload).storageKey));
}
