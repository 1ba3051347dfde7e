import { lt, or } from 'drizzle-orm';
import { DAY } from '../../platform/clock.js';
import type { Sweep } from '../../platform/scheduler.js';
import { loginFailures, sessions } from './accounts.tables.js';

/** Expired or revoked sessions are kept a day (for audit), then deleted; old failures too. */
export const expiredSessionsSweep: Sweep = {
  name: 'accounts.expired-sessions',
  intervalMs: 10 * 60_000,
  async run({ tx, now }) {
    const cutoff = new Date(now.getTime() - DAY);
    const gone = await tx
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)))
      .returning({ id: sessions.id });
    await tx.delete(loginFailures).where(lt(loginFailures.at, cutoff));
    return gone.length;
  },
};
