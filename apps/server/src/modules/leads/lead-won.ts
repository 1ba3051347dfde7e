import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/outbox.js';
import { writeLog } from './lead-logs.js';
import { lockDemand } from './lead-moves.js';
import { assertLeadMove } from './lead-status.js';
import { LEAD_WON, type LeadWon } from './leads.events.js';
import { demands, leads } from './leads.tables.js';

/**
 * 已成交: a proposal of the lead was paid. Called by the proposal code inside its own transaction:
 * the lead → won, its demand → won, LEAD_WON through the outbox (the customer center listens).
 * Idempotent: a lead already won answers false and changes nothing, so a replayed payment is safe.
 */
export async function markLeadWon(tx: Db, leadId: string, at: Date, proposalId: string): Promise<boolean> {
  const [seen] = await tx.select({ demandId: leads.demandId }).from(leads).where(eq(leads.id, leadId));
  if (!seen) throw notFound('lead');
  const demand = await lockDemand(tx, seen.demandId);
  const [lead] = await tx.select().from(leads).where(eq(leads.id, leadId)).for('update');
  if (!lead) throw notFound('lead');
  if (lead.status === 'won') return false;
  if (lead.status !== 'following') throw new DomainError('lead_not_following', `the lead is ${lead.status}`);
  assertLeadMove(lead.status, 'won');
  await tx.update(leads).set({ status: 'won', endedAt: at, updatedAt: at }).where(eq(leads.id, lead.id));
  await tx.update(demands).set({ status: 'won', wonAt: at, updatedAt: at }).where(eq(demands.id, demand.id));
  await writeLog(tx, at, { demandId: demand.id, leadId: lead.id, actor: null, action: 'won', detail: proposalId });
  const payload: LeadWon = { leadId: lead.id, demandId: demand.id, sellerId: lead.sellerId, buyerId: demand.buyerId, proposalId, wonAt: at.toISOString() };
  await emit(tx, at, LEAD_WON, payload);
  return true;
}
