import type { LedgerAccountKind } from '@cloudmart/contracts';

/**
 * The entries of each ledger transaction, as pure functions of amounts (integer fen).
 *
 *   payment     buyer_funds(buyer) −X, seller_frozen(seller) +X
 *   settlement  seller_frozen −X, seller_available +(X − C), platform_revenue +C
 *               C = round_half_up(X × bp / 10000)
 *   refund      before settlement: seller_frozen −R, buyer_funds +R
 *   clawback    after settlement:  seller_available −(R − S), platform_revenue −S, buyer_funds +R
 *               S = the refund's pro-rata share of C (see clawbackPostings)
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

/**
 * n / d rounded half-up, exactly: BigInt so n can exceed 2^53 (amount × commission for
 * large orders) without float drift. n ≥ 0, d > 0.
 */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

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

export function paymentPostings(p: { buyerId: string; sellerId: string; amountFen: number }): Posting[] {
  assertFen('payment', p.amountFen, 1);
  return balanced([
    { account: buyerFunds(p.buyerId), amountFen: -p.amountFen },
    { account: frozen(p.sellerId), amountFen: p.amountFen },
  ]);
}

export function settlementPostings(p: { sellerId: string; amountFen: number; commissionBp: number }): { postings: Posting[]; commissionFen: number } {
  assertFen('settlement', p.amountFen, 1);
  const c = commissionFen(p.amountFen, p.commissionBp);
  const postings = balanced([
    { account: frozen(p.sellerId), amountFen: -p.amountFen },
    { account: available(p.sellerId), amountFen: p.amountFen - c },
    { account: revenue, amountFen: c },
  ]);
  return { postings, commissionFen: c };
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
}

/**
 * A refund after settlement takes the money back from the seller's available balance and
 * the platform's revenue in proportion to the commission. The platform's share is computed
 * cumulatively, S = round(C × (before + R) / X) − round(C × before / X), so partial refunds
 * that add up to X give back exactly C in total (no fen lost to rounding) and neither the
 * seller's nor the platform's part of the order ever goes negative.
 */
export function clawbackPostings(p: ClawbackInput): { postings: Posting[]; commissionShareFen: number } {
  assertFen('clawback', p.amountFen, 1);
  assertFen('settled', p.settledFen, 1);
  assertFen('commission', p.commissionFen);
  assertFen('clawed before', p.clawedBeforeFen);
  if (p.commissionFen > p.settledFen) throw new Error('commission exceeds the settled amount');
  if (p.clawedBeforeFen + p.amountFen > p.settledFen) throw new Error('clawbacks would exceed the settled amount');
  const [x, c] = [BigInt(p.settledFen), BigInt(p.commissionFen)];
  const share = divRoundHalfUp(c * BigInt(p.clawedBeforeFen + p.amountFen), x) - divRoundHalfUp(c * BigInt(p.clawedBeforeFen), x);
  const s = Number(share);
  const postings = balanced([
    { account: available(p.sellerId), amountFen: -(p.amountFen - s) },
    { account: revenue, amountFen: -s },
    { account: buyerFunds(p.buyerId), amountFen: p.amountFen },
  ]);
  return { postings, commissionShareFen: s };
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
