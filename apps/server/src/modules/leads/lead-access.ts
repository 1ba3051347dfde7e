import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { demands, leads } from './leads.tables.js';

export type LeadRow = typeof leads.$inferSelect;
export type DemandRow = typeof demands.$inferSelect;

/** A lead of this seller with its demand; any other seller's (or an unknown) id answers 404. */
export async function sellerLead(db: Db, sellerId: string, leadId: string): Promise<{ lead: LeadRow; demand: DemandRow }> {
  const [row] = await db
    .select({ lead: leads, demand: demands })
    .from(leads)
    .innerJoin(demands, eq(demands.id, leads.demandId))
    .where(and(eq(leads.id, leadId), eq(leads.sellerId, sellerId)));
  if (!row) throw notFound('lead');
  return row;
}

/** The same, locked for the transaction's update (FOR UPDATE on the lead row). */
export async function lockSellerLead(tx: Db, sellerId: string, leadId: string): Promise<LeadRow> {
  const [row] = await tx
    .select()
    .from(leads)
    .where(and(eq(leads.id, leadId), eq(leads.sellerId, sellerId)))
    .for('update');
  if (!row) throw notFound('lead');
  return row;
}
