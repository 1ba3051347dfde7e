import type { OrderReseller } from '@cloudmart/contracts';
import { resellerCommissionFen, type OrderCommission } from '../ledger/index.js';

export type CommissionStatus = OrderReseller['commissionStatus'];

/** What a distribution order's commission stands at, from the order and the ledger. */
export interface CommissionFacts {
  status: 'unpaid' | 'paid' | 'voided' | 'refunded';
  paidFen: number;
  ratePct: number;
  settledAt: Date | null;
  /** the ledger's reseller postings for the order (absent: none yet) */
  posted: OrderCommission | undefined;
}

/**
 * The ledger is the record once the order settled (guide 2.3: "在后续订单满足结算条件时，同时执行服务商
 * 款项的解冻，并支付平台及分销商的佣金"): settled, or clawed_back after a refund (guide 2.2 item 6),
 * the amount being what the reseller keeps. Before settlement the commission is pending at the
 * order's rate × what was paid; an order voided or refunded before settlement pays nothing.
 */
export function commissionOf(f: CommissionFacts): { commissionFen: number; commissionStatus: CommissionStatus } {
  if (f.settledAt) {
    const settled = f.posted?.settledFen ?? 0;
    const back = f.posted?.clawedBackFen ?? 0;
    return { commissionFen: settled - back, commissionStatus: back > 0 ? 'clawed_back' : 'settled' };
  }
  if (f.status === 'unpaid' || f.status === 'paid') return { commissionFen: resellerCommissionFen(Math.max(f.paidFen, 0), f.ratePct), commissionStatus: 'pending' };
  return { commissionFen: 0, commissionStatus: 'cancelled' };
}

/** A buyer's account as a reseller sees it: enough to recognise, not to contact (l***g). */
export function maskAccount(loginName: string): string {
  const chars = [...loginName];
  if (chars.length <= 2) return `${chars[0] ?? ''}***`;
  return `${chars[0]}***${chars[chars.length - 1]}`;
}
