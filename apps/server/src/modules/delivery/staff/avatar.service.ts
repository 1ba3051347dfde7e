import type { Avatar } from '@cloudmart/contracts';
import { and, eq, lt, notExists, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import type { Db } from '../../../platform/db/client.js';
import { deleteFiles, files, findFile } from '../../../platform/files/index.js';
import type { Deps } from '../../../platform/module.js';
import { deliveryEmployees } from '../delivery.tables.js';

/*
 * The employee's photo on 我的工作台 (guide 5.5.5): uploaded through POST /files with purpose
 * avatar (BMP/JPG/PNG/JPEG/TIFF ≤ 2 MB, checked there by content), then set here. The files
 * download route serves it to the uploader and their seller's accounts (files.owner rule).
 */

type D = Pick<Deps, 'db' | 'clock'>;
/** how long an uploaded photo may wait to be set before it counts as abandoned */
export const AVATAR_GRACE_MS = 24 * 60 * 60_000;

/** Where the web shows a stored avatar from. */
export const avatarUrl = (fileId: string): string => `/api/v1/files/${encodeURIComponent(fileId)}`;

const toAvatar = (fileId: string | null): Avatar => ({ avatarFileId: fileId, avatarUrl: fileId ? avatarUrl(fileId) : null });

/** The caller's own delivery profile (any seller user with one); none → 404. */
async function assertProfile(deps: D, actor: Actor): Promise<void> {
  const [row] = await deps.db.select({ userId: deliveryEmployees.userId }).from(deliveryEmployees).where(eq(deliveryEmployees.userId, actor.userId));
  if (!row || actor.kind !== 'seller') throw notFound('employee profile');
}

/**
 * Point the caller's profile at `fileId` (or at nothing) and delete the photo it replaces:
 * an avatar file is referenced by its owner's profile only, so the old one is garbage. The
 * row lock keeps two racing changes from each deleting what the other just set.
 */
async function replaceAvatar(deps: D, actor: Actor, fileId: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ old: deliveryEmployees.avatarFileId })
      .from(deliveryEmployees)
      .where(eq(deliveryEmployees.userId, actor.userId))
      .for('update');
    if (!row) throw notFound('employee profile');
    await tx.update(deliveryEmployees).set({ avatarFileId: fileId }).where(eq(deliveryEmployees.userId, actor.userId));
    if (row.old && row.old !== fileId) await deleteFiles(tx, deps.clock.now(), [row.old]);
  });
}

export async function setMyAvatar(deps: D, actor: Actor, fileId: string): Promise<Avatar> {
  await assertProfile(deps, actor);
  const file = await findFile(deps, fileId);
  // someone else's upload is as unknown as a missing one
  if (!file || file.uploaderId !== actor.userId) throw notFound('file');
  if (file.purpose !== 'avatar')
    throw new DomainError('validation_failed', 'upload the photo with purpose avatar', { accepted: ['avatar'], purpose: file.purpose });
  await replaceAvatar(deps, actor, fileId);
  return toAvatar(fileId);
}

/** No profile answers 404 from replaceAvatar's own read. */
export async function removeMyAvatar(deps: D, actor: Actor): Promise<void> {
  await replaceAvatar(deps, actor, null);
}

/**
 * Photos uploaded and never set (or set by nobody any more) after a day: deleted. Only the
 * avatar purpose is swept, because this module holds its one reference.
 */
export async function sweepOrphanAvatars(tx: Db, now: Date): Promise<number> {
  const orphans = await tx
    .select({ id: files.id })
    .from(files)
    .where(
      and(
        eq(files.purpose, 'avatar'),
        lt(files.createdAt, new Date(now.getTime() - AVATAR_GRACE_MS)),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(deliveryEmployees)
            .where(eq(deliveryEmployees.avatarFileId, files.id)),
        ),
      ),
    )
    .limit(500);
  return deleteFiles(
    tx,
    now,
    orphans.map((o) => o.id),
  );
}
