import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { orders } from './orders.tables.js';

/**
 * The ledger settled these orders (their frozen money moved to the seller): stamp them in the
 * caller's transaction, which holds their rows FOR UPDATE.
 */
export async function markSettled(tx: Db, orderIds: readonly string[], at: Date): Promise<void> {
  if (orderIds.length === 0) return;
  await tx
    .update(orders)
    .set({ settledAt: at })
    .where(inArray(orders.id, [...orderIds]));
}
