import { DomainError } from '../../platform/errors.js';

/** What is left to refund on one paid order of an instance. */
export interface OrderBalance {
  orderId: string;
  balanceFen: number;
}

export interface RefundPart {
  orderId: string;
  amountFen: number;
}

/**
 * Guide 2.5 "退款金额 (总额…余额…)": a seller refund of an instance may take back up to the
 * balance left over all its paid orders (new, renewals, upgrades, conversion), not only the
 * latest order's. The amount is split over `balances` in the order given — the callers pass
 * them newest first: a renewal's money pays for the end of the term, the part the buyer has
 * used least, so it goes back first; and the newest money is the most likely still frozen
 * (not settled), so the seller and the platform give back commission only when the refund
 * reaches older, settled orders. Pure; throws refund_exceeds_balance when the amount is more
 * than the whole balance.
 */
export function splitRefund(balances: readonly OrderBalance[], amountFen: number): RefundPart[] {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) throw new DomainError('validation_failed', 'refund amount must be a positive integer of fen');
  const total = balances.reduce((s, b) => s + Math.max(0, b.balanceFen), 0);
  if (amountFen > total) throw new DomainError('refund_exceeds_balance', `at most ${total} fen is refundable`, { refundableFen: total });
  const parts: RefundPart[] = [];
  let left = amountFen;
  for (const b of balances) {
    if (left === 0) break;
    const take = Math.min(left, b.balanceFen);
    if (take <= 0) continue;
    parts.push({ orderId: b.orderId, amountFen: take });
    left -= take;
  }
  return parts;
}
