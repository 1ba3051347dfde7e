/**
 * Postpaid bill amounts. A meter prices `per` units at `priceFen`; a period's usage of one
 * dimension is summed first and rounded once, half-up to the fen, so many tiny records cost
 * the same as one big one. Integer arithmetic throughout (BigInt), no floating point.
 */
export interface UsageLine {
  buyerId: string;
  productId: string;
  /** the spec whose meter prices the line */
  specId: string;
  dimension: string;
  quantity: bigint;
  /** null when the spec has no meter for the dimension (e.g. it changed spec since) */
  priceFen: number | null;
  per: number | null;
}

/** round-half-up(quantity × priceFen / per) in fen */
export function meterAmountFen(quantity: bigint, priceFen: number, per: number): bigint {
  if (per <= 0) throw new Error('per must be positive');
  const numerator = quantity * BigInt(priceFen);
  const divisor = BigInt(per);
  return (2n * numerator + divisor) / (2n * divisor);
}

export interface BillDraft {
  buyerId: string;
  productId: string;
  amountFen: number;
}

/** One draft per buyer and product: the sum of its dimensions' rounded amounts. */
export function draftBills(lines: UsageLine[]): BillDraft[] {
  const totals = new Map<string, { buyerId: string; productId: string; fen: bigint }>();
  const merged = new Map<string, UsageLine>();
  // lines for the same (buyer, product, spec, dimension) are summed before rounding
  for (const l of lines) {
    const key = `${l.buyerId}\u0000${l.productId}\u0000${l.specId}\u0000${l.dimension}`;
    const prev = merged.get(key);
    merged.set(key, prev ? { ...prev, quantity: prev.quantity + l.quantity } : { ...l });
  }
  for (const l of merged.values()) {
    const key = `${l.buyerId}\u0000${l.productId}`;
    const t = totals.get(key) ?? { buyerId: l.buyerId, productId: l.productId, fen: 0n };
    if (l.priceFen !== null && l.per !== null) t.fen += meterAmountFen(l.quantity, l.priceFen, l.per);
    totals.set(key, t);
  }
  return [...totals.values()].map((t) => ({ buyerId: t.buyerId, productId: t.productId, amountFen: Number(t.fen) }));
}
