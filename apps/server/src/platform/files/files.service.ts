import { pipeline, type Readable } from 'node:stream';
import type { UploadedFile } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { DomainError, notFound } from '../errors.js';
import { newId } from '../ids.js';
import type { Deps } from '../module.js';
import { canRead, type FileRecord } from './access.js';
import { storedFileName } from './file-name.js';
import { files } from './files.tables.js';
import { isFilePurpose, judgeUpload, purposeRules } from './rules.js';
import { UploadInspector } from './upload-inspector.js';

export interface UploadInput {
  purpose: string | undefined;
  /** the client's file name: kept for display and download, never used to judge the type */
  fileName: string | undefined;
  body: Readable;
  /** true when the multipart parser cut the file at its hard ceiling */
  truncated: () => boolean;
}

/**
 * Stream an upload into storage under a generated key, judging it on the way (see
 * UploadInspector). Whatever goes wrong, nothing is left behind: no row, no bytes.
 */
export async function uploadFile(deps: Deps, actor: Actor, input: UploadInput): Promise<UploadedFile> {
  const purpose = input.purpose;
  if (!purpose || !isFilePurpose(purpose)) {
    input.body.destroy();
    throw new DomainError('unknown_file_purpose', purpose ? `no upload purpose ${purpose}` : 'send a purpose field before the file, or ?purpose=');
  }
  const now = deps.clock.now();
  const id = newId('fil', now);
  const storageKey = `${purpose}/${id}`;
  const inspector = new UploadInspector(purpose, input.fileName ?? '');
  // the callback form returns the inspector and tears both streams down on either's error
  const judged = pipeline(input.body, inspector, () => undefined);
  try {
    await deps.storage.put(storageKey, judged);
    const type = inspector.type;
    // the parser stops at its ceiling and ends the stream quietly; a cut file is never stored
    if (input.truncated()) throw new DomainError('file_too_large', `${purpose} upload exceeded the server's limit`);
    if (!type) throw new Error('upload ended without being judged');
    const verdict = judgeUpload(purpose, type.ext, inspector.bytes);
    if (!verdict.ok) throw new DomainError(verdict.code, verdict.detail);
    const row = {
      id,
      purpose,
      name: storedFileName(input.fileName, type),
      mime: type.mime,
      size: inspector.bytes,
      sha256: inspector.sha256(),
      storageKey,
      uploaderId: actor.userId,
      sellerId: actor.kind === 'seller' ? actor.sellerId : null,
      createdAt: now,
    };
    await deps.db.insert(files).values(row);
    return { id, purpose, name: row.name, mime: row.mime, size: row.size, sha256: row.sha256, createdAt: now.toISOString() };
  } catch (err) {
    await deps.storage.remove(storageKey).catch((removeErr: unknown) => {
      deps.log.error({ err: removeErr, storageKey }, 'could not remove a refused upload');
    });
    throw err;
  }
}

export interface FileDownload {
  name: string;
  mime: string;
  size: number;
  body: Readable;
}

/** The row's access-relevant fields, or null; for modules that hand out file ids. */
export async function findFile(
  deps: Pick<Deps, 'db'>,
  id: string,
): Promise<(FileRecord & { name: string; mime: string; size: number; storageKey: string }) | null> {
  const [row] = await deps.db
    .select({
      id: files.id,
      purpose: files.purpose,
      uploaderId: files.uploaderId,
      sellerId: files.sellerId,
      createdAt: files.createdAt,
      name: files.name,
      mime: files.mime,
      size: files.size,
      storageKey: files.storageKey,
    })
    .from(files)
    .where(eq(files.id, id))
    .limit(1);
  return row ?? null;
}

/** A file the actor may not read answers exactly like a missing one: its existence is not revealed. */
export async function openFile(deps: Deps, actor: Actor | null, id: string): Promise<FileDownload> {
  const file = await findFile(deps, id);
  if (!file || !(await canRead(deps, actor, file))) throw notFound('file');
  let body: Readable;
  try {
    body = await deps.storage.get(file.storageKey);
  } catch (err) {
    deps.log.error({ err, fileId: id, storageKey: file.storageKey }, 'file row without stored bytes');
    throw notFound('file');
  }
  return { name: file.name, mime: file.mime, size: file.size, body };
}

export function listPurposeRules() {
  return purposeRules.map((r) => ({ purpose: r.purpose, extensions: [...r.extensions], maxBytes: r.maxBytes }));
}
