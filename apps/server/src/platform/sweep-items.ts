import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './db/client.js';
import { sweepItemFailures } from './db/platform.tables.js';

/** Where a batch runs: the sweep's transaction, its time, and the name failures are filed under. */
export interface ItemScope {
  tx: Db;
  now: Date;
  sweep: string;
  log?: Pick<FastifyBaseLogger, 'warn'>;
}

export interface ItemRun {
  /** items whose step answered anything but `false` */
  done: number;
  /** keys of the items whose step threw (their changes were rolled back to the savepoint) */
  failed: string[];
}

const MAX_ERROR_CHARS = 2000;

/** The database's own words first: drizzle wraps them as the `cause` of a "Failed query: …" error. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause instanceof Error ? `${err.cause.message} (${err.message.split('\n')[0]})` : err.message;
}

/**
 * Runs a sweep's step for each item of its batch in a savepoint of the sweep's transaction:
 * an item that throws is rolled back alone, filed in `sweep_item_failures` (attempts counted)
 * and logged, and the batch goes on. Without this one bad row rolled back the whole batch on
 * every run, so nothing behind it ever moved. An item that succeeds later loses its failure row.
 */
export async function eachItem<T>(
  scope: ItemScope,
  items: readonly T[],
  keyOf: (item: T) => string,
  step: (tx: Db, item: T) => Promise<boolean | void>,
): Promise<ItemRun> {
  let done = 0;
  const ok: string[] = [];
  const failed: string[] = [];
  for (const item of items) {
    const key = keyOf(item);
    try {
      if ((await scope.tx.transaction((sp) => step(sp, item))) !== false) done++;
      ok.push(key);
    } catch (err) {
      failed.push(key);
      const error = describe(err).slice(0, MAX_ERROR_CHARS);
      scope.log?.warn({ sweep: scope.sweep, item: key, err: error }, 'sweep item failed; the rest of the batch went on');
      await scope.tx
        .insert(sweepItemFailures)
        .values({ sweep: scope.sweep, itemKey: key, error, firstFailedAt: scope.now, lastFailedAt: scope.now })
        .onConflictDoUpdate({
          target: [sweepItemFailures.sweep, sweepItemFailures.itemKey],
          set: { error, lastFailedAt: scope.now, attempts: sql`${sweepItemFailures.attempts} + 1` },
        });
    }
  }
  if (ok.length > 0) await scope.tx.delete(sweepItemFailures).where(and(eq(sweepItemFailures.sweep, scope.sweep), inArray(sweepItemFailures.itemKey, ok)));
  return { done, failed };
}
