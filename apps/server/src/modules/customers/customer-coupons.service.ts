import type { SendCustomerCouponReply } from '@cloudmart/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { sendCouponToBuyers } from '../promotions/index.js';
import { customers } from './customers.tables.js';

/**
 * 发放优惠券 (one customer, from the detail) and 批量发送优惠券 (up to 200 ticked rows), through the
 * promotions module's counting path: the coupon's issue count and 领取限制 hold exactly, and each
 * refusal says why (coupon_claim_limit, coupon_sold_out). A private customer with no account has
 * nowhere to hold a coupon: refused with customer_has_no_account. Another seller's customer id in
 * the batch: 404 for the whole batch, nothing sent; another seller's or a voided coupon: nothing sent.
 */
export async function sendCouponToCustomers(
  deps: Pick<Deps, 'db' | 'clock'>,
  sellerId: string,
  couponId: string,
  customerIds: readonly string[],
): Promise<SendCustomerCouponReply> {
  const ids = [...new Set(customerIds)];
  const rows = await deps.db
    .select({ id: customers.id, buyerId: customers.buyerId })
    .from(customers)
    .where(and(inArray(customers.id, ids), eq(customers.sellerId, sellerId)));
  if (rows.length !== ids.length) throw notFound('customer');
  const buyerOf = new Map(rows.map((r) => [r.id, r.buyerId]));
  const r = await sendCouponToBuyers(
    deps,
    sellerId,
    couponId,
    ids.flatMap((id) => buyerOf.get(id) ?? []),
  );
  const sent = new Set(r.sent);
  const refusedOf = new Map(r.refused.map((x) => [x.buyerId, x.code]));
  const reply: SendCustomerCouponReply = { sent: [], refused: [] };
  for (const id of ids) {
    const buyerId = buyerOf.get(id) ?? null;
    if (!buyerId) reply.refused.push({ customerId: id, code: 'customer_has_no_account' });
    else if (sent.has(buyerId)) reply.sent.push(id);
    else reply.refused.push({ customerId: id, code: refusedOf.get(buyerId) ?? 'conflict' });
  }
  return reply;
}
