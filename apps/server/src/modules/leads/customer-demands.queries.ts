import { and, desc, eq, exists, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { demands, leads } from './leads.tables.js';

export interface CustomerDemand {
  id: string;
  demandNo: string;
  name: string;
  status: string;
  createdAt: Date;
}

/**
 * 需求信息 on the customer center's detail (guide 2.8): a buyer's demands that reached this seller —
 * worked by it as a lead (any lead status: a rejected one still tells the seller the buyer asked), or
 * directed to its shop. Read-only, newest first.
 */
export async function demandsOfBuyerWithSeller(db: Db, sellerId: string, buyerId: string, limit = 20): Promise<CustomerDemand[]> {
  const worked = db
    .select({ one: leads.id })
    .from(leads)
    .where(and(eq(leads.demandId, demands.id), eq(leads.sellerId, sellerId)));
  const rows = await db
    .select({ id: demands.id, demandNo: demands.demandNo, name: demands.name, status: demands.status, createdAt: demands.createdAt })
    .from(demands)
    .where(and(eq(demands.buyerId, buyerId), or(eq(demands.directedSellerId, sellerId), exists(worked))))
    .orderBy(desc(demands.createdAt), desc(demands.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, demandNo: String(r.demandNo) }));
}
