import type { Avatar } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { findFile } from '../../platform/files/index.js';
import type { Deps } from '../../platform/module.js';
import { deliveryEmployees } from './delivery.tables.js';

/*
 * The employee's photo on 我的工作台 (guide 5.5.5): uploaded through POST /files with purpose
 * avatar (BMP/JPG/PNG/JPEG/TIFF ≤ 2 MB, checked there by content), then set here. The files
 * download route serves it to the uploader and their seller's accounts (files.owner rule).
 */

type D = Pick<Deps, 'db'>;

/** Where the web shows a stored avatar from. */
export const avatarUrl = (fileId: string): string => `/api/v1/files/${encodeURIComponent(fileId)}`;

const toAvatar = (fileId: string | null): Avatar => ({ avatarFileId: fileId, avatarUrl: fileId ? avatarUrl(fileId) : null });

/** The caller's own delivery profile (any seller user with one); none → 404. */
async function assertProfile(deps: D, actor: Actor): Promise<void> {
  const [row] = await deps.db.select({ userId: deliveryEmployees.userId }).from(deliveryEmployees).where(eq(deliveryEmployees.userId, actor.userId));
  if (!row || actor.kind !== 'seller') throw notFound('employee profile');
}

export async function setMyAvatar(deps: D, actor: Actor, fileId: string): Promise<Avatar> {
  await assertProfile(deps, actor);
  const file = await findFile(deps, fileId);
  // someone else's upload is as unknown as a missing one
  if (!file || file.uploaderId !== actor.userId) throw notFound('file');
  if (file.purpose !== 'avatar')
    throw new DomainError('validation_failed', 'upload the photo with purpose avatar', { accepted: ['avatar'], purpose: file.purpose });
  await deps.db.update(deliveryEmployees).set({ avatarFileId: fileId }).where(eq(deliveryEmployees.userId, actor.userId));
  return toAvatar(fileId);
}

export async function removeMyAvatar(deps: D, actor: Actor): Promise<void> {
  await assertProfile(deps, actor);
  await deps.db.update(deliveryEmployees).set({ avatarFileId: null }).where(eq(deliveryEmployees.userId, actor.userId));
}
