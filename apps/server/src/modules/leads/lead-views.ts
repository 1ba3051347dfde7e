import type {
  DemandBudget,
  DemandType,
  LeadDetail,
  LeadListQuery,
  LeadMessage,
  LeadNote,
  LeadRejectReason,
  LeadRow as LeadRowView,
} from '@cloudmart/contracts';
import { and, asc, count, desc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { Page } from '../../platform/http/pagination.js';
import { users } from '../accounts/index.js';
import { callsOf, maskPhone } from '../telephony/index.js';
import { sellerLead, type DemandRow, type LeadRow } from './lead-access.js';
import { logsOf } from './lead-logs.js';
import { demandNoOf, inHand, leadActions, maskAccount, maskName } from './lead-rules.js';
import { demands, leadMessages, leadNotes, leads } from './leads.tables.js';
import { proposalsOfLead } from './proposal-views.js';

type NoteRow = typeof leadNotes.$inferSelect & { authorName: string };
type MessageRow = typeof leadMessages.$inferSelect & { authorName: string };

export function noteView(n: NoteRow): LeadNote {
  return {
    id: n.id,
    authorName: n.authorName,
    connected: n.connected,
    stage: n.stage,
    content: n.content,
    callId: n.callId,
    createdAt: n.createdAt.toISOString(),
  };
}

export function messageView(m: MessageRow): LeadMessage {
  return { id: m.id, fromRole: m.fromRole, authorName: m.authorName, body: m.body, createdAt: m.createdAt.toISOString() };
}

function rowView(lead: LeadRow, d: DemandRow, latestNote: string | null): LeadRowView {
  return {
    id: lead.id,
    demandId: d.id,
    demandNo: String(d.demandNo),
    source: d.source,
    name: d.name,
    category: d.category,
    type: d.type as DemandType,
    via: lead.via,
    assignedAt: lead.assignedAt.toISOString(),
    status: lead.status,
    answerDueAt: lead.status === 'pending' && lead.answerDueAt ? lead.answerDueAt.toISOString() : null,
    latestNote,
    // "联系人 m*****" until the seller has the lead in hand
    contactName: inHand(lead.status) ? d.contactName : maskName(d.contactName),
    remark: lead.remark,
  };
}

async function latestNotes(db: Db, leadIds: string[]): Promise<Map<string, string>> {
  if (leadIds.length === 0) return new Map();
  const rows = await db
    .select({ leadId: leadNotes.leadId, content: leadNotes.content })
    .from(leadNotes)
    .where(inArray(leadNotes.leadId, leadIds))
    .orderBy(desc(leadNotes.createdAt), desc(leadNotes.id));
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.leadId)) out.set(r.leadId, r.content);
  return out;
}

/** 商机管理: the seller's leads, newest assignment first, by 需求类别, 需求状态 and 需求名称 / 需求ID. */
export async function listLeads(db: Db, sellerId: string, q: LeadListQuery): Promise<Page<LeadRowView>> {
  const no = q.q ? demandNoOf(q.q) : null;
  const where = and(
    eq(leads.sellerId, sellerId),
    q.status ? eq(leads.status, q.status) : undefined,
    q.category ? eq(demands.category, q.category) : undefined,
    q.q ? or(ilike(demands.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`), no !== null ? eq(demands.demandNo, no) : undefined) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ lead: leads, demand: demands })
      .from(leads)
      .innerJoin(demands, eq(demands.id, leads.demandId))
      .where(where)
      .orderBy(desc(leads.assignedAt), desc(leads.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(leads).innerJoin(demands, eq(demands.id, leads.demandId)).where(where),
  ]);
  const notes = await latestNotes(
    db,
    rows.map((r) => r.lead.id),
  );
  return { items: rows.map((r) => rowView(r.lead, r.demand, notes.get(r.lead.id) ?? null)), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** 需求详情: the demand as the seller may see it, notes, its own log, calls, proposals and the 联系小二 thread. */
export async function leadDetail(db: Db, sellerId: string, leadId: string): Promise<LeadDetail> {
  const { lead, demand: d } = await sellerLead(db, sellerId, leadId);
  const [noteRows, logs, calls, proposals, messages, [buyer]] = await Promise.all([
    db
      .select({ note: leadNotes, authorName: users.displayName })
      .from(leadNotes)
      .innerJoin(users, eq(users.id, leadNotes.authorId))
      .where(eq(leadNotes.leadId, lead.id))
      .orderBy(desc(leadNotes.createdAt), desc(leadNotes.id)),
    logsOf(db, d.id, [lead.id]),
    callsOf(db, 'lead', lead.id),
    proposalsOfLead(db, lead.id),
    d.source === 'operator' ? threadOf(db, d.id, sellerId) : Promise.resolve(null),
    db.select({ loginName: users.loginName }).from(users).where(eq(users.id, d.buyerId)),
  ]);
  const notes = noteRows.map((r) => noteView({ ...r.note, authorName: r.authorName }));
  return {
    ...rowView(lead, d, notes[0]?.content ?? null),
    summary: d.summary,
    content: d.content,
    region: d.region,
    budget: d.budget as DemandBudget,
    buyerAccount: inHand(lead.status) ? (buyer?.loginName ?? '') : maskAccount(buyer?.loginName ?? ''),
    contactPhone: maskPhone(d.contactPhone),
    contactPhoneOfSeller: lead.contactPhone,
    reasonType: (lead.reasonType as LeadRejectReason | null) ?? null,
    reason: lead.reason,
    notes,
    logs,
    calls,
    proposals,
    messages,
    actions: leadActions(lead, d),
  };
}

/** The 联系小二 thread of a demand; `sellerId` narrows it to one seller's part. */
export async function threadOf(db: Db, demandId: string, sellerId?: string): Promise<LeadMessage[]> {
  const rows = await db
    .select({ m: leadMessages, authorName: users.displayName })
    .from(leadMessages)
    .innerJoin(users, eq(users.id, leadMessages.authorId))
    .where(and(eq(leadMessages.demandId, demandId), sellerId ? eq(leadMessages.sellerId, sellerId) : undefined))
    .orderBy(asc(leadMessages.createdAt), asc(leadMessages.id));
  return rows.map((r) => messageView({ ...r.m, authorName: r.authorName }));
}
