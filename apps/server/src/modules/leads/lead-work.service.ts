import type { Call, LeadMessage, LeadNote, LeadNoteBody, RejectLeadBody } from '@cloudmart/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { orderedId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { requestNotification } from '../notifications/index.js';
import { callBelongsTo, latestCallIdBy, placeCall } from '../telephony/index.js';
import { lockSellerLead, sellerLead } from './lead-access.js';
import { writeLog } from './lead-logs.js';
import { endLead, lockDemand, sellerMainUser } from './lead-moves.js';
import { inHand } from './lead-rules.js';
import { leadMessages, leadNotes, leads, proposals } from './leads.tables.js';
import { messageView, noteView } from './lead-views.js';

type By = { sellerId: string; userId: string };

/** Whether this caller's latest call on the lead still waits for its 沟通小记. */
async function noteOwed(db: Db, leadId: string, userId: string): Promise<string | null> {
  const callId = await latestCallIdBy(db, 'lead', leadId, userId);
  if (!callId) return null;
  const [noted] = await db
    .select({ id: leadNotes.id })
    .from(leadNotes)
    .where(and(eq(leadNotes.leadId, leadId), eq(leadNotes.callId, callId)))
    .limit(1);
  return noted ? null : callId;
}

/**
 * 联系客户 (双呼): "通过双呼系统拨出的电话，主叫方和被叫方都不会知道对方的电话号码" — the buyer's number goes to
 * the telephony driver only. "与用户联系后，需按照要求添加小记": a caller whose last call on this lead has
 * no note yet cannot call again (call_note_required) until they write it.
 */
export async function callLead(deps: Deps, by: By, leadId: string, callerPhone: string): Promise<Call> {
  const { lead, demand } = await sellerLead(deps.db, by.sellerId, leadId);
  if (lead.status !== 'following') throw new DomainError('lead_not_following', 'calls are for leads being followed');
  const owed = await noteOwed(deps.db, lead.id, by.userId);
  if (owed) throw new DomainError('call_note_required', 'write the note of your last call first', { callId: owed });
  const call = await placeCall(deps, {
    sellerId: by.sellerId,
    subjectKind: 'lead',
    subjectId: lead.id,
    callerId: by.userId,
    callerPhone,
    calleePhone: demand.contactPhone,
  });
  await writeLog(deps.db, deps.clock.now(), {
    demandId: demand.id,
    leadId: lead.id,
    actor: { id: by.userId, role: 'seller' },
    action: 'called',
    detail: call.virtualNumber,
  });
  return call;
}

/**
 * 添加小记 (是否接通, 项目进度, 交流内容). A note without a call id records the author's latest call if
 * that call has none yet; one naming a call must name a call of this lead.
 */
export async function addNote(deps: Deps, by: By, leadId: string, body: LeadNoteBody): Promise<LeadNote> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const lead = await lockSellerLead(tx, by.sellerId, leadId);
    if (!inHand(lead.status)) throw new DomainError('lead_not_following', 'notes are for leads in hand');
    let callId = body.callId ?? null;
    if (callId && !(await callBelongsTo(tx, callId, 'lead', lead.id))) throw notFound('call');
    callId ??= await noteOwed(tx, lead.id, by.userId);
    const [note] = await tx
      .insert(leadNotes)
      .values({
        id: orderedId('lnt', now),
        leadId: lead.id,
        authorId: by.userId,
        connected: body.connected,
        stage: body.stage,
        content: body.content,
        callId,
        createdAt: now,
      })
      .returning();
    if (!note) throw new Error('note insert returned nothing');
    await writeLog(tx, now, { demandId: lead.demandId, leadId: lead.id, actor: { id: by.userId, role: 'seller' }, action: 'noted', detail: body.stage });
    const [author] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, by.userId));
    return noteView({ ...note, authorName: author?.name ?? '' });
  });
}

/** 设置备注: the seller's own remark on a lead, any status. */
export async function setRemark(deps: Deps, by: By, leadId: string, remark: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const lead = await lockSellerLead(tx, by.sellerId, leadId);
    await tx
      .update(leads)
      .set({ remark: remark || null, updatedAt: now })
      .where(eq(leads.id, lead.id));
    await writeLog(tx, now, { demandId: lead.demandId, leadId: lead.id, actor: { id: by.userId, role: 'seller' }, action: 'remarked', detail: remark || null });
  });
}

/**
 * 终止服务: "进行中的需求，如果无法完成服务，建议服务商立刻终止服务。终止后的需求会被云市场转派给其他服务商" with a
 * 拒绝类型; "已成交状态下的需求无法终止服务" (lead_already_won).
 */
export async function terminateLead(deps: Deps, by: By, leadId: string, body: RejectLeadBody): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { lead: seen } = await sellerLead(tx, by.sellerId, leadId);
    await lockDemand(tx, seen.demandId);
    const lead = await lockSellerLead(tx, by.sellerId, leadId);
    if (lead.status === 'won') throw new DomainError('lead_already_won', '已成交状态下的需求无法终止服务');
    if (lead.status !== 'following') throw new DomainError('lead_not_following', `the lead is ${lead.status}`);
    // the buyer is at the cashier for one of its 方案: the deal is being closed, not abandoned
    const [paying] = await tx
      .select({ id: proposals.id })
      .from(proposals)
      .where(and(eq(proposals.leadId, lead.id), eq(proposals.status, 'paying')))
      .limit(1);
    if (paying) throw new DomainError('proposal_being_paid', 'the buyer is paying a proposal of this lead; it cannot be terminated meanwhile');
    await endLead(tx, now, lead, 'terminated', { by: { id: by.userId, role: 'seller' }, reasonType: body.reasonType, reason: body.reason ?? null });
  });
}

/**
 * 联系小二: "对于需求来源为小二代提的需求，您还可以…给小二留言。留言内容会展示在小二的工作台中，同时小二会收到邮件提醒" —
 * the operator who raised the demand gets each message by e-mail (and in the inbox).
 */
export async function messageOperator(deps: Deps, by: By, leadId: string, body: string): Promise<LeadMessage> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { lead, demand } = await sellerLead(tx, by.sellerId, leadId);
    if (demand.source !== 'operator') throw new DomainError('not_operator_raised', '联系小二 is for demands raised by an operator');
    if (!inHand(lead.status)) throw new DomainError('lead_not_following', `the lead is ${lead.status}`);
    const [m] = await tx
      .insert(leadMessages)
      .values({
        id: orderedId('lmg', now),
        demandId: demand.id,
        leadId: lead.id,
        sellerId: by.sellerId,
        fromRole: 'seller',
        authorId: by.userId,
        body,
        createdAt: now,
      })
      .returning();
    if (!m) throw new Error('message insert returned nothing');
    await writeLog(tx, now, { demandId: demand.id, leadId: lead.id, actor: { id: by.userId, role: 'seller' }, action: 'messaged' });
    const seller = await sellerMainUser(tx, by.sellerId);
    if (demand.raisedBy) {
      await requestNotification(tx, now, {
        userId: demand.raisedBy,
        template: 'leads.seller_message',
        params: { sellerName: seller?.sellerName ?? '', demandName: demand.name, demandNo: String(demand.demandNo) },
        link: `/operator/demands/${demand.id}`,
        channels: ['email'],
      });
    }
    const [author] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, by.userId));
    return messageView({ ...m, authorName: author?.name ?? '' });
  });
}

/**
 * The operator's reply on the thread, to the seller of the demand's latest lead: "小二回复的内容会在联系小二
 * 页签中显示。目前小二回复的邮件或短信提醒仅会发给服务商主账号".
 */
export async function operatorReply(deps: Deps, operatorId: string, demandId: string, body: string): Promise<LeadMessage> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const demand = await lockDemand(tx, demandId);
    if (demand.source !== 'operator') throw new DomainError('not_operator_raised', '联系小二 is for demands raised by an operator');
    const [lead] = await tx.select().from(leads).where(eq(leads.demandId, demand.id)).orderBy(desc(leads.assignedAt), desc(leads.id)).limit(1);
    if (!lead) throw notFound('lead');
    const [m] = await tx
      .insert(leadMessages)
      .values({
        id: orderedId('lmg', now),
        demandId: demand.id,
        leadId: lead.id,
        sellerId: lead.sellerId,
        fromRole: 'operator',
        authorId: operatorId,
        body,
        createdAt: now,
      })
      .returning();
    if (!m) throw new Error('message insert returned nothing');
    await writeLog(tx, now, { demandId: demand.id, leadId: lead.id, actor: { id: operatorId, role: 'operator' }, action: 'messaged' });
    const main = await sellerMainUser(tx, lead.sellerId);
    if (main) {
      await requestNotification(tx, now, {
        userId: main.id,
        template: 'leads.operator_reply',
        params: { demandName: demand.name, demandNo: String(demand.demandNo) },
        link: `/seller/leads/${lead.id}`,
        channels: ['email', 'sms'],
      });
    }
    const [author] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, operatorId));
    return messageView({ ...m, authorName: author?.name ?? '' });
  });
}
