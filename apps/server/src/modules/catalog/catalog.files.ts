import type { FilePurpose } from '@cloudmart/contracts';
import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { findFile, type FileAccessCheck } from '../../platform/files/index.js';
import { products } from './catalog.tables.js';

export interface FileRef {
  /** the request field, as validation errors name it (`body.imageFileIds.0`) */
  field: string;
  id: string;
  purposes: readonly FilePurpose[];
}

/**
 * A product may only point at files its own seller uploaded for the right purpose:
 * otherwise a seller could publish another seller's private upload through the
 * public media rule below. All bad references are reported at once, as field errors.
 */
export async function assertOwnFiles(db: Db, sellerId: string, refs: readonly FileRef[]): Promise<void> {
  const errors: { field: string; message: string }[] = [];
  for (const ref of refs) {
    const file = await findFile({ db }, ref.id);
    if (!file || file.sellerId !== sellerId) errors.push({ field: ref.field, message: 'no such file' });
    else if (!(ref.purposes as readonly string[]).includes(file.purpose)) {
      errors.push({ field: ref.field, message: `needs a file uploaded for ${ref.purposes.join(' or ')}` });
    }
  }
  if (errors.length) throw new DomainError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}

/** Image and video references of a product body, for assertOwnFiles. */
export function mediaRefs(body: { imageFileIds?: string[] | undefined; videoFileId?: string | null | undefined }): FileRef[] {
  const refs: FileRef[] = (body.imageFileIds ?? []).map((id, i) => ({ field: `body.imageFileIds.${i}`, id, purposes: ['image'] }));
  if (body.videoFileId) refs.push({ field: 'body.videoFileId', id: body.videoFileId, purposes: ['video'] });
  return refs;
}

/**
 * Anyone, signed in or not, may read the images and video of a listed product: the
 * product page shows them. Drafts' and delisted products' media stay with their seller.
 */
export const listedProductMediaAccess: FileAccessCheck = async (deps, _actor, file) => {
  if (file.purpose !== 'image' && file.purpose !== 'video') return false;
  const [hit] = await deps.db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.status, 'listed'), or(eq(products.videoFileId, file.id), sql`${products.imageFileIds} @> ${JSON.stringify([file.id])}::jsonb`)))
    .limit(1);
  return hit !== undefined;
};
