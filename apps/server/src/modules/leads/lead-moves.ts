import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { emit } from '../../platform/outbox.js';
import { sellers, users } from '../accounts/index.js';
import { requestNotification } from '../notifications/index.js';
import type { DemandRow, LeadRow } from './lead-access.js';
import { assertLeadMove } from './lead-status.js';
import { answerDueOf } from './lead-timing.js';
import { writeLog, type LogEntry } from './lead-logs.js';
import { LEAD_TAKEN, type LeadTaken } from './leads.events.js';
import { demands, leads } from './leads.tables.js';

/**
 * The steps every path shares, each inside the caller's transaction: a demand locked for its
 * change, a lead opened (the demand taken), a lead ended (the demand back to routing).
 */

export async function lockDemand(tx: Db, demandId: string): Promise<DemandRow> {
  const [d] = await tx.select().from(demands).where(eq(demands.id, demandId)).for('update');
  if (!d) throw notFound('demand');
  return d;
}

type Actor = LogEntry['actor'];

/**
 * A demand goes to one seller: pending (待响应, answer due in 24 hours, the seller told by inbox
 * and SMS) or following (a grab, or a demand the seller raised for itself). The partial unique
 * index on live leads is the last word if two paths ever race past the demand lock.
 */
export async function openLead(
  tx: Db,
  at: Date,
  demand: DemandRow,
  p: { sellerId: string; via: LeadRow['via']; status: 'pending' | 'following'; by: Actor; detail?: string },
): Promise<LeadRow> {
  if (demand.status !== 'open') throw new DomainError(demand.status === 'taken' ? 'demand_already_taken' : 'demand_not_open', `demand is ${demand.status}`);
  const [lead] = await tx
    .insert(leads)
    .values({
      id: newId('led', at),
      demandId: demand.id,
      sellerId: p.sellerId,
      via: p.via,
      status: p.status,
      assignedAt: at,
      answerDueAt: p.status === 'pending' ? answerDueOf(at) : null,
      acceptedAt: p.status === 'following' ? at : null,
      assignedBy: p.by && p.by.role !== 'buyer' ? p.by.id : null,
      updatedAt: at,
    })
    .returning();
  if (!lead) throw new Error('lead insert returned nothing');
  await tx.update(demands).set({ status: 'taken', updatedAt: at }).where(eq(demands.id, demand.id));
  const action = p.via === 'grab' ? 'grabbed' : p.via === 'directed' ? 'directed' : 'assigned';
  await writeLog(tx, at, { demandId: demand.id, leadId: lead.id, actor: p.by, action, detail: p.detail ?? null });
  if (p.status === 'following') await emitTaken(tx, at, lead, demand);
  else await notifyAssigned(tx, at, lead, demand);
  return lead;
}

/** "向您提过需求或商机的客户": the customer center adds the buyer when a seller takes a lead. */
export async function emitTaken(tx: Db, at: Date, lead: LeadRow, demand: DemandRow): Promise<void> {
  const payload: LeadTaken = { leadId: lead.id, demandId: demand.id, sellerId: lead.sellerId, buyerId: demand.buyerId, takenAt: at.toISOString() };
  await emit(tx, at, LEAD_TAKEN, payload);
}

/** The seller's main account, which receives the marketplace's reminders ("仅会发给服务商主账号"). */
export async function sellerMainUser(tx: Db, sellerId: string): Promise<{ id: string; sellerName: string } | null> {
  const [row] = await tx
    .select({ id: users.id, sellerName: sellers.name })
    .from(users)
    .innerJoin(sellers, eq(sellers.id, users.sellerId))
    .where(and(eq(users.sellerId, sellerId), eq(users.isMain, true)))
    .limit(1);
  return row ?? null;
}

async function notifyAssigned(tx: Db, at: Date, lead: LeadRow, demand: DemandRow): Promise<void> {
  const main = await sellerMainUser(tx, lead.sellerId);
  if (!main || !lead.answerDueAt) return;
  await requestNotification(tx, at, {
    userId: main.id,
    template: 'leads.assigned',
    params: { demandName: demand.name, demandNo: String(demand.demandNo), dueAt: lead.answerDueAt.toISOString() },
    link: `/seller/leads/${lead.id}`,
    channels: ['sms'],
  });
}

/**
 * A lead ends without a deal (rejected, expired, terminated): the reason kept on the lead, the
 * demand open again for the operator's routing ("终止后的需求会被云市场转派给其他服务商") and no
 * longer in 商机广场, whatever its way in was.
 */
export async function endLead(
  tx: Db,
  at: Date,
  lead: LeadRow,
  to: 'rejected' | 'expired' | 'terminated',
  p: { by: Actor; reasonType?: string | null; reason?: string | null },
): Promise<LeadRow> {
  assertLeadMove(lead.status, to);
  const [ended] = await tx
    .update(leads)
    .set({ status: to, reasonType: p.reasonType ?? null, reason: p.reason ?? null, endedAt: at, updatedAt: at })
    .where(eq(leads.id, lead.id))
    .returning();
  if (!ended) throw notFound('lead');
  await tx
    .update(demands)
    .set({ status: 'open', pooled: false, updatedAt: at })
    .where(and(eq(demands.id, lead.demandId), eq(demands.status, 'taken')));
  const detail = [p.reasonType, p.reason].filter(Boolean).join(': ') || null;
  await writeLog(tx, at, { demandId: lead.demandId, leadId: lead.id, actor: p.by, action: to, detail });
  return ended;
}
