import type { LedgerAccountKind } from '@cloudmart/contracts';
import { divRoundHalfUp, proRataShareFen, resellerCommissionFen } from './commission.js';

/**
 * The entries of each ledger transaction, as pure functions of amounts (integer fen).
 *
 *   payment     buyer_funds(buyer) −X, seller_frozen(seller) +X
 *   settlement  seller_frozen −X, seller_available +(X − C − D), platform_revenue +C,
 *               reseller_available(reseller) +D  (a distribution order only, else D = 0)
 *               C = round_half_up(X × bp / 10000), D = round_half_up(X × rate% / 100)
 *   refund      before settlement: seller_frozen −R, buyer_funds +R
 *   clawback    after settlement:  seller_available −(R − S − T), platform_revenue −S,
 *               reseller_available −T, buyer_funds +R
 *               S, T = the refund's pro-rata shares of C and D (see clawbackPostings)
 *   bill        buyer_funds(buyer) −X, seller_available +(X − C), platform_revenue +C
 *               a paid postpaid bill settles at once (billPaymentPostings)
 *
 * Every function returns entries that sum to zero and throws otherwise, so the sum over all
 * accounts stays zero whatever sequence of transactions is posted.
 */

export interface AccountRef {
  kind: LedgerAccountKind;
  ownerId: string;
}

export interface Posting {
  account: AccountRef;
  /** signed: + credits the account, − debits it */
  amountFen: number;
}

/**
 * Orders without a product row (the demo seed's, which predate the catalog) settle at the
 * categories table's default commission, 10 %.
 */
export const DEFAULT_COMMISSION_BP = 1000;

/** The one platform-revenue account's owner. */
export const PLATFORM_OWNER = 'platform';

const BP_PER_UNIT = 10_000;

function assertFen(name: string, v: number, min = 0): void {
  if (!Number.isSafeInteger(v) || v < min) throw new Error(`${name} must be an integer of fen ≥ ${min}, got ${v}`);
}

// n / d rounded half-up, exactly (BigInt, so amount × commission never drifts); lives in commission.ts
export { divRoundHalfUp };

/** Platform commission on a settled amount: rounded half-up to the fen, once. */
export function commissionFen(amountFen: number, commissionBp: number): number {
  assertFen('amount', amountFen);
  if (!Number.isInteger(commissionBp) || commissionBp < 0 || commissionBp > BP_PER_UNIT) throw new Error(`commission must be 0–10000 bp, got ${commissionBp}`);
  return Number(divRoundHalfUp(BigInt(amountFen) * BigInt(commissionBp), BigInt(BP_PER_UNIT)));
}

export function assertBalanced(postings: readonly Posting[]): void {
  let sum = 0;
  for (const p of postings) {
    if (!Number.isSafeInteger(p.amountFen)) throw new Error(`entry amount must be an integer of fen, got ${p.amountFen}`);
    sum += p.amountFen;
  }
  if (sum !== 0) throw new Error(`unbalanced ledger transaction: entries sum to ${sum}`);
}

/** Zero entries carry no information; dropping them keeps statements readable. */
function balanced(postings: Posting[]): Posting[] {
  assertBalanced(postings);
  return postings.filter((p) => p.amountFen !== 0);
}

const buyerFunds = (buyerId: string): AccountRef => ({ kind: 'buyer_funds', ownerId: buyerId });
const frozen = (sellerId: string): AccountRef => ({ kind: 'seller_frozen', ownerId: sellerId });
const available = (sellerId: string): AccountRef => ({ kind: 'seller_available', ownerId: sellerId });
const revenue: AccountRef = { kind: 'platform_revenue', ownerId: PLATFORM_OWNER };
const resellerAccount = (resellerId: string): AccountRef => ({ kind: 'reseller_available', ownerId: resellerId });

/** A distribution order's reseller (guide 2.3: "分销商通过自有渠道营销而产生的订单，会标记为分销订单"). */
export interface ResellerCut {
  resellerId: string;
  /** the order's distribution_rate_pct, 20–60 */
  ratePct: number;
}

export function paymentPostings(p: { buyerId: string; sellerId: string; amountFen: number }): Posting[] {
  assertFen('payment', p.amountFen, 1);
  return balanced([
    { account: buyerFunds(p.buyerId), amountFen: -p.amountFen },
    { account: frozen(p.sellerId), amountFen: p.amountFen },
  ]);
}

/**
 * Settlement releases the frozen amount: the platform's commission as ever, and for a
 * distribution order the reseller's commission out of the seller's side (guide 2.2: "服务商提供的
 * 佣金奖励将完全奖励给转售分销合作伙伴，阿里云不收取任何费用。服务商应支付给阿里云云市场的销售佣金将按照协议约定正常收取").
 */
export function settlementPostings(p: { sellerId: string; amountFen: number; commissionBp: number; reseller?: ResellerCut | null }): {
  postings: Posting[];
  commissionFen: number;
  resellerCommissionFen: number;
} {
  assertFen('settlement', p.amountFen, 1);
  const c = commissionFen(p.amountFen, p.commissionBp);
  const d = p.reseller ? resellerCommissionFen(p.amountFen, p.reseller.ratePct) : 0;
  if (c + d > p.amountFen) throw new Error(`commissions ${c} + ${d} exceed the settled ${p.amountFen} fen`);
  const postings = balanced([
    { account: frozen(p.sellerId), amountFen: -p.amountFen },
    { account: available(p.sellerId), amountFen: p.amountFen - c - d },
    { account: revenue, amountFen: c },
    ...(p.reseller ? [{ account: resellerAccount(p.reseller.resellerId), amountFen: d }] : []),
  ]);
  return { postings, commissionFen: c, resellerCommissionFen: d };
}

/** A refund while the order is still frozen: the money goes straight back to the buyer. */
export function refundPostings(p: { buyerId: string; sellerId: string; amountFen: number }): Posting[] {
  assertFen('refund', p.amountFen, 1);
  return balanced([
    { account: frozen(p.sellerId), amountFen: -p.amountFen },
    { account: buyerFunds(p.buyerId), amountFen: p.amountFen },
  ]);
}

export interface ClawbackInput {
  buyerId: string;
  sellerId: string;
  /** R: this refund's amount */
  amountFen: number;
  /** X: what the settlement released for the original order */
  settledFen: number;
  /** C: the commission the settlement took */
  commissionFen: number;
  /** what earlier clawbacks of the same order already refunded */
  clawedBeforeFen: number;
  /** D: a distribution order's reseller and the commission its settlement paid them */
  reseller?: { resellerId: string; commissionFen: number } | null;
}

/**
 * A refund after settlement takes the money back from the seller's available balance, the
 * platform's revenue and (a distribution order) the reseller's commission, each in proportion
 * (guide 2.2 item 6: "若商品已结算并支付佣金，此时发生客户退款。云市场会将已结算佣金…扣除返还服务商").
 * Both shares are cumulative (commission.ts proRataShareFen), so partial refunds that add up
 * to X give back exactly C and D in total. The reseller's balance may go negative: the guide's
 * "如果转售分销合作伙伴支付宝账户中没有余额，阿里云云市场会先行垫资，并在下次的佣金结算款中扣除" — the
 * next settlement's commission fills it again.
 */
export function clawbackPostings(p: ClawbackInput): { postings: Posting[]; commissionShareFen: number; resellerShareFen: number } {
  assertFen('clawback', p.amountFen, 1);
  assertFen('settled', p.settledFen, 1);
  assertFen('commission', p.commissionFen);
  assertFen('clawed before', p.clawedBeforeFen);
  const d = p.reseller?.commissionFen ?? 0;
  assertFen('reseller commission', d);
  if (p.commissionFen + d > p.settledFen) throw new Error('commission exceeds the settled amount');
  if (p.clawedBeforeFen + p.amountFen > p.settledFen) throw new Error('clawbacks would exceed the settled amount');
  const part = (shareFen: number) => proRataShareFen({ shareFen, baseFen: p.settledFen, beforeFen: p.clawedBeforeFen, amountFen: p.amountFen });
  const s = part(p.commissionFen);
  const t = part(d);
  const postings = balanced([
    { account: available(p.sellerId), amountFen: -(p.amountFen - s - t) },
    { account: revenue, amountFen: -s },
    ...(p.reseller ? [{ account: resellerAccount(p.reseller.resellerId), amountFen: -t }] : []),
    { account: buyerFunds(p.buyerId), amountFen: p.amountFen },
  ]);
  return { postings, commissionShareFen: s, resellerShareFen: t };
}

/**
 * A postpaid bill paid by the buyer. It settles at once: the bill pays for usage already
 * consumed and has no refund window (guide 账单管理 offers no bill refunds), so there is
 * nothing to hold frozen; the platform takes the category's commission as on a settled order.
 */
export function billPaymentPostings(p: { buyerId: string; sellerId: string; amountFen: number; commissionBp: number }): {
  postings: Posting[];
  commissionFen: number;
} {
  assertFen('bill payment', p.amountFen, 1);
  const c = commissionFen(p.amountFen, p.commissionBp);
  const postings = balanced([
    { account: buyerFunds(p.buyerId), amountFen: -p.amountFen },
    { account: available(p.sellerId), amountFen: p.amountFen - c },
    { account: revenue, amountFen: c },
  ]);
  return { postings, commissionFen: c };
}
