import type { RejectLeadBody } from '@cloudmart/contracts';
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import type { SweepContext } from '../../platform/scheduler.js';
import { eachItem } from '../../platform/sweep-items.js';
import { lockSellerLead, sellerLead, type DemandRow, type LeadRow } from './lead-access.js';
import { writeLog } from './lead-logs.js';
import { emitTaken, endLead, lockDemand } from './lead-moves.js';
import { answerExpired } from './lead-timing.js';
import { leads } from './leads.tables.js';

type By = { sellerId: string; userId: string };

/**
 * A pending lead the seller may still answer: past its 24 hours it is expired even before the
 * sweep ran. Locks go demand first, then lead, on every path (no two transactions wait on each other).
 */
async function answerable(tx: Db, by: By, leadId: string, now: Date): Promise<{ lead: LeadRow; demand: DemandRow }> {
  const { lead: seen } = await sellerLead(tx, by.sellerId, leadId);
  const demand = await lockDemand(tx, seen.demandId);
  const lead = await lockSellerLead(tx, by.sellerId, leadId);
  if (lead.status !== 'pending') throw new DomainError('lead_not_pending', `the lead is ${lead.status}`);
  if (lead.answerDueAt && answerExpired(lead.answerDueAt, now)) throw new DomainError('lead_answer_expired', 'the 24 hours to answer have passed');
  return { lead, demand };
}

/** 接受需求: "在接受需求对话框中填写联系电话" — the lead is 跟进中 and the buyer the seller's customer. */
export async function acceptLead(deps: Deps, by: By, leadId: string, contactPhone: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { lead, demand } = await answerable(tx, by, leadId, now);
    const [accepted] = await tx
      .update(leads)
      .set({ status: 'following', acceptedAt: now, contactPhone, updatedAt: now })
      .where(eq(leads.id, lead.id))
      .returning();
    if (!accepted) throw notFound('lead');
    await writeLog(tx, now, { demandId: lead.demandId, leadId: lead.id, actor: { id: by.userId, role: 'seller' }, action: 'accepted' });
    await emitTaken(tx, now, accepted, demand);
  });
}

/** 拒绝需求 with a 拒绝类型 (other needs words): the demand goes back to routing for another seller. */
export async function rejectLead(deps: Deps, by: By, leadId: string, body: RejectLeadBody): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { lead } = await answerable(tx, by, leadId, now);
    await endLead(tx, now, lead, 'rejected', { by: { id: by.userId, role: 'seller' }, reasonType: body.reasonType, reason: body.reason ?? null });
  });
}

/**
 * The 24-hour answer ("24小时内…确认是否接受"): at answer_due_at exactly, not a millisecond before, an
 * unanswered lead expires — the miss stays on the seller's record (the expired lead) and the
 * demand goes back to routing. Each lead is re-read under its demand's lock, so an answer that
 * won the race is left alone.
 */
export async function expireUnanswered(scope: SweepContext): Promise<number> {
  const due = await scope.tx
    .select({ id: leads.id, demandId: leads.demandId })
    .from(leads)
    .where(and(eq(leads.status, 'pending'), lte(leads.answerDueAt, scope.now)))
    .orderBy(asc(leads.answerDueAt))
    .limit(500);
  const r = await eachItem(
    scope,
    due,
    (l) => l.id,
    async (tx, l) => {
      await lockDemand(tx, l.demandId);
      // answered (or ended) since the batch was read: nothing to do
      const [lead] = await tx.select().from(leads).where(eq(leads.id, l.id)).for('update');
      if (!lead || lead.status !== 'pending' || !lead.answerDueAt || !answerExpired(lead.answerDueAt, scope.now)) return false;
      await endLead(tx, scope.now, lead, 'expired', { by: null, reasonType: null, reason: '超时未响应' });
      return true;
    },
  );
  return r.done;
}
