import { Readable } from 'node:stream';
import type { Download, DownloadKind, DownloadListQuery } from '@cloudmart/contracts';
import { and, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { DomainError, notFound } from '../errors.js';
import { offsetOf } from '../http/pagination.js';
import { orderedId, randomToken } from '../ids.js';
import type { Deps } from '../module.js';
import { FILE_BYTES_REMOVED } from '../files/file-removal.js';
import { emit } from '../outbox.js';
import { downloadStatusesInto, KEEP_DAYS, MAX_PENDING_PER_USER } from './download-status.js';
import { downloads } from './downloads.tables.js';
import { csvOf, producerOf } from './export-kinds.js';
import { DAY } from '../clock.js';

export const DOWNLOAD_REQUESTED = 'download.requested';

type Row = typeof downloads.$inferSelect;

function view(r: Row): Download {
  return {
    id: r.id,
    kind: r.kind as DownloadKind,
    fileName: r.fileName,
    status: r.status,
    rows: r.rows,
    size: r.size,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
  };
}

/**
 * Ask for an export: a pending row now, the file built after commit (outbox). A user has at
 * most MAX_PENDING_PER_USER building at once; the per-user lock makes that hold under racing
 * requests.
 */
export async function requestDownload(deps: Deps, userId: string, kind: DownloadKind, params: unknown, fileName: string): Promise<Download> {
  if (!producerOf(kind)) throw new Error(`no export registered for ${kind}`);
  const now = deps.clock.now();
  const id = orderedId('dl', now);
  const row = await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`downloads:${userId}`}))`);
    const [building] = await tx
      .select({ n: count() })
      .from(downloads)
      .where(and(eq(downloads.userId, userId), eq(downloads.status, 'pending')));
    if ((building?.n ?? 0) >= MAX_PENDING_PER_USER) {
      throw new DomainError('too_many_downloads', `${MAX_PENDING_PER_USER} exports are still being built; wait for one to finish`, {
        limit: MAX_PENDING_PER_USER,
      });
    }
    const [inserted] = await tx
      .insert(downloads)
      .values({ id, userId, kind, params, fileName, status: 'pending', storageKey: `downloads/${id}`, createdAt: now })
      .returning();
    await emit(tx, now, DOWNLOAD_REQUESTED, { id });
    return inserted;
  });
  if (!row) throw new Error('download row not written');
  return view(row);
}

/**
 * Build a pending export into storage (the outbox handler). Runs again harmlessly: only a
 * pending row is built, and only a pending row turns ready. Each build writes a key of its
 * own and the row takes the key of the build that turns it ready, so two builds of one export
 * (a redelivery after a lease ran out) never write over each other; the other one's file is
 * deleted. A producer that throws leaves a failed row, not a retry loop: the user asks again.
 */
export async function buildDownload(deps: Deps, id: string): Promise<void> {
  const [row] = await deps.db.select().from(downloads).where(eq(downloads.id, id));
  if (!row || row.status !== 'pending') return;
  const producer = producerOf(row.kind);
  const key = `${row.storageKey}-${randomToken(6)}`;
  let rows = 0;
  try {
    if (!producer) throw new Error(`no export registered for ${row.kind}`);
    const size = await deps.storage.put(key, Readable.from(csvOf(producer, deps, row.params, (n) => (rows += n))));
    const now = deps.clock.now();
    const done = await deps.db
      .update(downloads)
      .set({ status: 'ready', storageKey: key, rows, size, finishedAt: now, expiresAt: new Date(now.getTime() + KEEP_DAYS * DAY) })
      .where(and(eq(downloads.id, id), inArray(downloads.status, downloadStatusesInto('ready'))))
      .returning({ id: downloads.id });
    // removed by its owner while it was being built, or built by another run first: these bytes go
    if (done.length === 0) await deps.storage.remove(key);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    deps.log.error({ err, downloadId: id, kind: row.kind }, 'export failed');
    await deps.storage.remove(key).catch(() => undefined);
    const now = deps.clock.now();
    await deps.db
      .update(downloads)
      .set({ status: 'failed', error: message.slice(0, 500), finishedAt: now, expiresAt: new Date(now.getTime() + KEEP_DAYS * DAY) })
      .where(and(eq(downloads.id, id), inArray(downloads.status, downloadStatusesInto('failed'))));
  }
}

export async function listDownloads(deps: Pick<Deps, 'db'>, userId: string, q: DownloadListQuery) {
  const mine = eq(downloads.userId, userId);
  const [total] = await deps.db.select({ n: count() }).from(downloads).where(mine);
  const rows = await deps.db.select().from(downloads).where(mine).orderBy(desc(downloads.createdAt), desc(downloads.id)).limit(q.pageSize).offset(offsetOf(q));
  return { items: rows.map(view), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

async function ownRow(db: Db, userId: string, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(downloads)
    .where(and(eq(downloads.id, id), eq(downloads.userId, userId)));
  // another user's export answers exactly like a missing one
  if (!row) throw notFound('download');
  return row;
}

export interface DownloadFile {
  fileName: string;
  size: number | null;
  body: Readable;
}

export async function openDownload(deps: Deps, userId: string, id: string): Promise<DownloadFile> {
  const row = await ownRow(deps.db, userId, id);
  if (row.status === 'expired') throw new DomainError('download_expired', `the file was kept ${KEEP_DAYS} days and is deleted; export again`);
  if (row.status !== 'ready') throw new DomainError('download_not_ready', `the export is ${row.status}`, { downloadStatus: row.status });
  try {
    return { fileName: row.fileName, size: row.size, body: await deps.storage.get(row.storageKey) };
  } catch (err) {
    deps.log.error({ err, downloadId: id, storageKey: row.storageKey }, 'ready download without stored bytes');
    throw notFound('download');
  }
}

/** Take an export off the list; its bytes are deleted after commit. */
export async function removeDownload(deps: Deps, userId: string, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(downloads)
      .where(and(eq(downloads.id, id), eq(downloads.userId, userId)))
      .returning({ storageKey: downloads.storageKey });
    if (!gone) throw notFound('download');
    await emit(tx, deps.clock.now(), FILE_BYTES_REMOVED, { storageKey: gone.storageKey });
  });
}

/** The sweep: built and failed exports past their keeping time expire, and their bytes are deleted after commit. */
export async function expireDownloads(tx: Db, now: Date): Promise<number> {
  const expired = await tx
    .update(downloads)
    .set({ status: 'expired' })
    .where(and(inArray(downloads.status, downloadStatusesInto('expired')), lte(downloads.expiresAt, now)))
    .returning({ storageKey: downloads.storageKey });
  for (const e of expired) await emit(tx, now, FILE_BYTES_REMOVED, { storageKey: e.storageKey });
  return expired.length;
}
