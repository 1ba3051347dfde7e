import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { LeadRow } from './lead-access.js';
import { liveLeadStatuses } from './lead-status.js';
import { leads } from './leads.tables.js';

/** The demand's live lead (pending or following), if a seller has it; locked when asked. */
export async function liveLeadOf(db: Db, demandId: string, lock = false): Promise<LeadRow | null> {
  const q = db
    .select()
    .from(leads)
    .where(and(eq(leads.demandId, demandId), inArray(leads.status, [...liveLeadStatuses])));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}
