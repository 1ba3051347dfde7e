import type { AuditEntry, AuditListQuery } from '@cloudmart/contracts';
import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { offsetOf, type Page } from '../http/pagination.js';
import { auditEntries } from './audit.tables.js';

function likeEscaped(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Entries newest first; `sellerId` null lists every organisation's and the operators' (operators only). */
export async function listAuditEntries(db: Db, scope: { sellerId: string | null }, q: AuditListQuery): Promise<Page<AuditEntry>> {
  const where: SQL[] = [];
  const seller = scope.sellerId ?? q.sellerId;
  if (seller) where.push(eq(auditEntries.sellerId, seller));
  if (q.action) where.push(eq(auditEntries.action, q.action));
  if (q.actor) where.push(ilike(auditEntries.actorLogin, likeEscaped(q.actor)));
  if (q.subjectId) where.push(eq(auditEntries.subjectId, q.subjectId));
  if (q.from) where.push(gte(auditEntries.at, new Date(q.from)));
  if (q.to) where.push(lt(auditEntries.at, new Date(q.to)));
  const cond = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(auditEntries).where(cond).orderBy(desc(auditEntries.at), desc(auditEntries.id)).limit(q.pageSize).offset(offsetOf(q)),
    db.select({ n: count() }).from(auditEntries).where(cond),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action as AuditEntry['action'],
      actorKind: r.actorKind,
      actorLogin: r.actorLogin,
      actorName: r.actorName,
      sellerId: r.sellerId,
      subjectId: r.subjectId,
      method: r.method,
      route: r.route,
      details: (r.details ?? {}) as Record<string, unknown>,
      ip: r.ip,
      requestId: r.requestId,
    })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
