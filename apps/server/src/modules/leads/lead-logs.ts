import type { LeadLog } from '@cloudmart/contracts';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { orderedId } from '../../platform/ids.js';
import { users } from '../accounts/index.js';
import { leadLogs } from './leads.tables.js';

/** Every action on a demand and its leads (操作记录); rows are only ever added. */
export type LeadAction =
  | 'posted'
  | 'raised'
  | 'grabbed'
  | 'assigned'
  | 'directed'
  | 'accepted'
  | 'rejected'
  | 'expired'
  | 'terminated'
  | 'called'
  | 'noted'
  | 'messaged'
  | 'remarked'
  | 'cancelled'
  | 'closed'
  | 'won';

export interface LogEntry {
  demandId: string;
  leadId?: string | null;
  actor: { id: string; role: 'buyer' | 'seller' | 'operator' } | null;
  action: LeadAction;
  detail?: string | null;
}

export async function writeLog(tx: Db, at: Date, e: LogEntry): Promise<void> {
  await tx.insert(leadLogs).values({
    id: orderedId('llg', at),
    demandId: e.demandId,
    leadId: e.leadId ?? null,
    actorId: e.actor?.id ?? null,
    actorRole: e.actor?.role ?? 'system',
    action: e.action,
    detail: e.detail ?? null,
    createdAt: at,
  });
}

/** A demand's log, oldest first; `leadIds` narrows it to what one seller did and saw. */
export async function logsOf(db: Db, demandId: string, leadIds?: string[]): Promise<LeadLog[]> {
  const rows = await db
    .select({
      id: leadLogs.id,
      leadId: leadLogs.leadId,
      actorRole: leadLogs.actorRole,
      actorName: users.displayName,
      action: leadLogs.action,
      detail: leadLogs.detail,
      createdAt: leadLogs.createdAt,
    })
    .from(leadLogs)
    .leftJoin(users, eq(users.id, leadLogs.actorId))
    .where(leadIds ? inArray(leadLogs.leadId, leadIds.length ? leadIds : ['-']) : eq(leadLogs.demandId, demandId))
    .orderBy(asc(leadLogs.createdAt), asc(leadLogs.id));
  return rows
    .filter((r) => !leadIds || r.leadId !== null)
    .map((r) => ({
      id: r.id,
      actorRole: r.actorRole,
      actorName: r.actorName ?? null,
      action: r.action,
      detail: r.detail,
      createdAt: r.createdAt.toISOString(),
    }));
}
