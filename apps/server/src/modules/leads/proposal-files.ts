import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { findFile, type FileAccessCheck } from '../../platform/files/index.js';
import { proposals } from './leads.tables.js';

/**
 * 方案合同 "上传与用户之间的合同或补充协议" (guide 4 提交方案): a file the seller's own organisation
 * uploaded for purpose proposal_contract (a PDF). Another seller's upload, or a file of another
 * purpose, is refused as a field error, so a proposal cannot hand a buyer somebody else's file.
 */
export async function assertContractFile(db: Db, sellerId: string, fileId: string): Promise<void> {
  const file = await findFile({ db }, fileId);
  const message =
    !file || file.sellerId !== sellerId ? 'no such file' : file.purpose !== 'proposal_contract' ? 'needs a file uploaded for proposal_contract' : null;
  if (message) throw new DomainError('validation_failed', `body.contractFileId: ${message}`, { errors: [{ field: 'body.contractFileId', message }] });
}

/** The buyer a proposal was sent to may read its contract (the seller and operators read it by the owner rule). */
export const proposalContractAccess: FileAccessCheck = async (deps, actor, file) => {
  if (!actor || actor.kind !== 'buyer' || file.purpose !== 'proposal_contract') return false;
  const [hit] = await deps.db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.contractFileId, file.id), eq(proposals.buyerId, actor.userId)))
    .limit(1);
  return hit !== undefined;
};
