import type { Db } from '../../platform/db/client.js';
import { emit } from '../../platform/outbox.js';
import { ORDER_VOIDED, type OrderVoided } from './orders.events.js';

/** Tell subscribers, in the voiding transaction, that an unpaid order was voided. */
export async function emitOrderVoided(tx: Db, at: Date, o: { id: string; sellerId: string; buyerId: string; proposalId: string | null }): Promise<void> {
  const payload: OrderVoided = { orderId: o.id, sellerId: o.sellerId, buyerId: o.buyerId, proposalId: o.proposalId, voidedAt: at.toISOString() };
  await emit(tx, at, ORDER_VOIDED, payload);
}
