import type { RealNameBody, RealNameStatus } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { DomainError } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { markRealNameVerified, users } from '../accounts/index.js';
import { isValidMainlandId, isValidRealName } from './real-name.js';

export async function getRealName(deps: Pick<Deps, 'db'>, buyerId: string): Promise<RealNameStatus> {
  const [u] = await deps.db.select({ at: users.realNameVerifiedAt }).from(users).where(eq(users.id, buyerId));
  return { verified: !!u?.at, verifiedAt: u?.at?.toISOString() ?? null };
}

/** Sandbox 实名认证 (a discount may require it: guide 2.9 是否必须实名). */
export async function verifyRealName(deps: Pick<Deps, 'db' | 'clock'>, buyerId: string, b: RealNameBody): Promise<RealNameStatus> {
  const now = deps.clock.now();
  const errors = [
    ...(isValidRealName(b.realName) ? [] : [{ field: 'realName', message: '2–30 characters' }]),
    ...(isValidMainlandId(b.idNumber, now) ? [] : [{ field: 'idNumber', message: 'an 18-character mainland ID number with a valid check digit' }]),
  ];
  if (errors.length) throw new DomainError('real_name_invalid', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  const at = await markRealNameVerified(deps.db, buyerId, now);
  return { verified: !!at, verifiedAt: at?.toISOString() ?? null };
}
