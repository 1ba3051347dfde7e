import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { users } from './accounts.tables.js';

/**
 * 实名认证 done (the promotions module's sandbox check passed): mark the buyer once; a later
 * verification keeps the first time. Returns when the user is verified, or null when there is no such buyer.
 */
export async function markRealNameVerified(db: Db, userId: string, at: Date): Promise<Date | null> {
  await db
    .update(users)
    .set({ realNameVerifiedAt: at })
    .where(and(eq(users.id, userId), eq(users.kind, 'buyer'), isNull(users.realNameVerifiedAt)));
  const [u] = await db
    .select({ at: users.realNameVerifiedAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.kind, 'buyer')));
  return u?.at ?? null;
}
