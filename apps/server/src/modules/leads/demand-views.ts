import type {
  BuyerDemandDetail,
  Demand,
  DemandListQuery,
  LeadRejectReason,
  OperatorDemandDetail,
  OperatorDemandQuery,
  OperatorDemandRow,
} from '@cloudmart/contracts';
import { and, count, desc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Page } from '../../platform/http/pagination.js';
import { sellers, users } from '../accounts/index.js';
import type { DemandRow } from './lead-access.js';
import { logsOf } from './lead-logs.js';
import { demandNoOf, demandView } from './lead-rules.js';
import { liveLeadStatuses, returnedLeadStatuses } from './lead-status.js';
import { threadOf } from './lead-views.js';
import { demands, leads } from './leads.tables.js';
import { buyerProposalsOfDemand, proposalsOfDemand } from './proposal-views.js';
import { ownDemand } from './demands.service.js';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** 我的需求: the buyer's demands, newest first. */
export async function buyerDemands(db: Db, buyerId: string, q: DemandListQuery): Promise<Page<Demand>> {
  const where = and(eq(demands.buyerId, buyerId), q.status ? eq(demands.status, q.status) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(demands)
      .where(where)
      .orderBy(desc(demands.createdAt), desc(demands.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(demands).where(where),
  ]);
  return { items: rows.map(demandView), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** The shop working a demand, once it has it in hand (grabbed, accepted, won). */
async function workingSeller(db: Db, demandId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: sellers.name })
    .from(leads)
    .innerJoin(sellers, eq(sellers.id, leads.sellerId))
    .where(and(eq(leads.demandId, demandId), inArray(leads.status, ['following', 'won'])))
    .limit(1);
  return row?.name ?? null;
}

export async function buyerDemandDetail(db: Db, buyerId: string, demandId: string): Promise<BuyerDemandDetail> {
  const d = await ownDemand(db, buyerId, demandId);
  const [sellerName, proposals] = await Promise.all([workingSeller(db, d.id), buyerProposalsOfDemand(db, buyerId, d.id)]);
  return { ...demandView(d), contactName: d.contactName, contactPhone: d.contactPhone, sellerName, proposals };
}

async function operatorRows(db: Db, rows: DemandRow[]): Promise<OperatorDemandRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [buyers, leadRows] = await Promise.all([
    db
      .select({ id: users.id, loginName: users.loginName })
      .from(users)
      .where(
        inArray(
          users.id,
          rows.map((r) => r.buyerId),
        ),
      ),
    db
      .select({ demandId: leads.demandId, status: leads.status, sellerName: sellers.name })
      .from(leads)
      .innerJoin(sellers, eq(sellers.id, leads.sellerId))
      .where(inArray(leads.demandId, ids)),
  ]);
  const live: readonly string[] = [...liveLeadStatuses, 'won'];
  const returned: readonly string[] = returnedLeadStatuses;
  return rows.map((d) => {
    const mine = leadRows.filter((l) => l.demandId === d.id);
    const current = mine.find((l) => live.includes(l.status));
    return {
      ...demandView(d),
      buyerAccount: buyers.find((b) => b.id === d.buyerId)?.loginName ?? '',
      pooled: d.pooled,
      sellerName: current?.sellerName ?? null,
      leadStatus: current?.status ?? null,
      returns: mine.filter((l) => returned.includes(l.status)).length,
    };
  });
}

/** The operator's demands. routing: open and not in the pool — raised to the marketplace, or let go by a seller. */
export async function operatorDemands(db: Db, q: OperatorDemandQuery): Promise<Page<OperatorDemandRow>> {
  const no = q.q ? demandNoOf(q.q) : null;
  const where = and(
    q.status ? eq(demands.status, q.status) : undefined,
    q.source ? eq(demands.source, q.source) : undefined,
    q.routing ? and(eq(demands.status, 'open'), eq(demands.pooled, false)) : undefined,
    q.q ? or(ilike(demands.name, like(q.q)), no !== null ? eq(demands.demandNo, no) : undefined) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(demands)
      .where(where)
      .orderBy(desc(demands.updatedAt), desc(demands.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(demands).where(where),
  ]);
  return { items: await operatorRows(db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function operatorDemandDetail(db: Db, demandId: string): Promise<OperatorDemandDetail> {
  const [d] = await db.select().from(demands).where(eq(demands.id, demandId));
  if (!d) throw notFound('demand');
  const [[row], leadRows, logs, messages, proposals] = await Promise.all([
    operatorRows(db, [d]),
    db
      .select({ lead: leads, sellerName: sellers.name })
      .from(leads)
      .innerJoin(sellers, eq(sellers.id, leads.sellerId))
      .where(eq(leads.demandId, d.id))
      .orderBy(desc(leads.assignedAt), desc(leads.id)),
    logsOf(db, d.id),
    threadOf(db, d.id),
    proposalsOfDemand(db, d.id),
  ]);
  if (!row) throw notFound('demand');
  return {
    ...row,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    leads: leadRows.map(({ lead: l, sellerName }) => ({
      id: l.id,
      sellerId: l.sellerId,
      sellerName,
      via: l.via,
      status: l.status,
      assignedAt: l.assignedAt.toISOString(),
      answerDueAt: l.answerDueAt?.toISOString() ?? null,
      reasonType: (l.reasonType as LeadRejectReason | null) ?? null,
      reason: l.reason,
      endedAt: l.endedAt?.toISOString() ?? null,
    })),
    logs,
    messages,
    proposals,
  };
}
