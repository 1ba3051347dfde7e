import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { orderedId } from '../../platform/ids.js';
import { emit } from '../../platform/outbox.js';
import { assertLeadMove, canMoveLead } from './lead-status.js';
import { LEAD_WON, type LeadWon } from './leads.events.js';
import { demands, leadLogs, leads } from './leads.tables.js';

/**
 * 跟进中 → 已成交 once a proposal is paid (DOMAIN 4 "Paid → lead won"), with the demand, in the
 * caller's transaction, and LEAD_WON through the outbox. A lead already won by an earlier proposal
 * (分阶段付款, 老用户复购) stays as it is; so does one terminated while the buyer was paying (the
 * payment stands, the lead is not revived). Answers whether this call won the lead.
 *
 * Stand-in for lcore's markLeadWon (leads/lead-won.ts), reconciled at merge.
 */
export async function markLeadWon(tx: Db, leadId: string, at: Date, proposalId: string): Promise<boolean> {
  const [lead] = await tx
    .select({ id: leads.id, status: leads.status, demandId: leads.demandId, sellerId: leads.sellerId })
    .from(leads)
    .where(eq(leads.id, leadId))
    .for('update');
  if (!lead) throw notFound('lead');
  if (!canMoveLead(lead.status, 'won')) return false;
  assertLeadMove(lead.status, 'won');
  await tx.update(leads).set({ status: 'won', updatedAt: at }).where(eq(leads.id, lead.id));
  const [demand] = await tx
    .update(demands)
    .set({ status: 'won', wonAt: at, updatedAt: at })
    .where(eq(demands.id, lead.demandId))
    .returning({ buyerId: demands.buyerId });
  if (!demand) throw notFound('demand');
  await tx.insert(leadLogs).values({
    id: orderedId('llg', at),
    demandId: lead.demandId,
    leadId: lead.id,
    actorId: null,
    actorRole: 'system',
    action: 'lead_won',
    detail: proposalId,
    createdAt: at,
  });
  const payload: LeadWon = { leadId: lead.id, demandId: lead.demandId, sellerId: lead.sellerId, buyerId: demand.buyerId, proposalId, wonAt: at.toISOString() };
  await emit(tx, at, LEAD_WON, payload);
  return true;
}
