import { describe, expect, it } from 'vitest';
import { clawbackPostings, paymentPostings, refundPostings, settlementPostings, type Posting } from './postings.js';

/** mulberry32: a tiny seeded PRNG, so a failing sequence is reproducible from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SimOrder {
  buyerId: string;
  sellerId: string;
  paidFen: number;
  refundedFen: number;
  settled: { settledFen: number; commissionFen: number } | null;
  clawedFen: number;
}

/** Posts random payments, settlements, refunds and clawbacks into an in-memory ledger. */
function simulate(seed: number, steps: number): { failures: string[]; posted: number } {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
  const sellers = ['s1', 's2', 's3', 's4'];
  const buyers = ['b1', 'b2', 'b3'];
  const balances = new Map<string, number>();
  const orders: SimOrder[] = [];
  const failures: string[] = [];
  let posted = 0;

  const apply = (ps: Posting[]) => {
    for (const p of ps) {
      const key = `${p.account.kind}:${p.account.ownerId}`;
      balances.set(key, (balances.get(key) ?? 0) + p.amountFen);
    }
    posted++;
  };

  for (let step = 0; step < steps; step++) {
    const op = int(0, 3);
    // tiny amounts and odd rates make rounding bite; large ones check nothing overflows
    const amount = rnd() < 0.5 ? int(1, 20) : int(1, 5_000_000);
    if (op === 0 || orders.length === 0) {
      const o: SimOrder = { buyerId: pick(buyers) ?? 'b1', sellerId: pick(sellers) ?? 's1', paidFen: amount, refundedFen: 0, settled: null, clawedFen: 0 };
      orders.push(o);
      apply(paymentPostings({ buyerId: o.buyerId, sellerId: o.sellerId, amountFen: o.paidFen }));
    } else if (op === 1) {
      const o = pick(orders.filter((x) => !x.settled && x.paidFen > x.refundedFen));
      if (!o) continue;
      const settledFen = o.paidFen - o.refundedFen;
      const r = settlementPostings({
        sellerId: o.sellerId,
        amountFen: settledFen,
        commissionBp: pick([0, 1, 333, 1000, 1500, 4999, 5000, 9999, 10_000]) ?? 1000,
      });
      o.settled = { settledFen, commissionFen: r.commissionFen };
      apply(r.postings);
    } else if (op === 2) {
      const o = pick(orders.filter((x) => !x.settled && x.paidFen > x.refundedFen));
      if (!o) continue;
      const r = Math.min(amount, o.paidFen - o.refundedFen);
      o.refundedFen += r;
      apply(refundPostings({ buyerId: o.buyerId, sellerId: o.sellerId, amountFen: r }));
    } else {
      const o = pick(orders.filter((x) => x.settled && x.clawedFen < x.settled.settledFen));
      if (!o?.settled) continue;
      const r = Math.min(amount, o.settled.settledFen - o.clawedFen);
      apply(clawbackPostings({ buyerId: o.buyerId, sellerId: o.sellerId, amountFen: r, ...o.settled, clawedBeforeFen: o.clawedFen }).postings);
      o.clawedFen += r;
    }

    let total = 0;
    for (const [key, v] of balances) {
      total += v;
      const kind = key.split(':')[0];
      if ((kind === 'seller_frozen' || kind === 'seller_available' || kind === 'platform_revenue') && v < 0)
        failures.push(`seed ${seed} step ${step}: ${key} = ${v}`);
    }
    if (total !== 0) failures.push(`seed ${seed} step ${step}: ledger sums to ${total}`);
  }

  // conservation per buyer: what they paid in, less what came back, is what the ledger holds
  for (const b of buyers) {
    const mine = orders.filter((o) => o.buyerId === b);
    const net = mine.reduce((s, o) => s + o.paidFen - o.refundedFen - o.clawedFen, 0);
    if ((balances.get(`buyer_funds:${b}`) ?? 0) !== -net) failures.push(`seed ${seed}: buyer ${b} funds ${balances.get(`buyer_funds:${b}`)} ≠ −${net}`);
  }
  // a fully clawed-back order leaves nothing with the seller or the platform
  const open = orders.filter((o) => !(o.settled && o.clawedFen === o.settled.settledFen) && !(!o.settled && o.refundedFen === o.paidFen));
  if (open.length === 0) {
    for (const [key, v] of balances) if (!key.startsWith('buyer_funds') && v !== 0) failures.push(`seed ${seed}: ${key} = ${v} with every order refunded`);
  }
  return { failures, posted };
}

describe('ledger invariants over random transaction sequences', () => {
  it('keeps the ledger at zero and no seller, platform or frozen balance negative', () => {
    const failures: string[] = [];
    let posted = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = simulate(seed, 200);
      failures.push(...r.failures);
      posted += r.posted;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(posted).toBeGreaterThan(30_000); // the generator really posted things
  });

  it('returns every fen when every order is refunded or clawed back', () => {
    for (let seed = 1000; seed < 1050; seed++) {
      const rnd = prng(seed);
      const x = 1 + Math.floor(rnd() * 1000);
      const bp = Math.floor(rnd() * 10_001);
      const s = settlementPostings({ sellerId: 's', amountFen: x, commissionBp: bp });
      let before = 0;
      let seller = x - s.commissionFen;
      let platform = s.commissionFen;
      while (before < x) {
        const r = Math.min(x - before, 1 + Math.floor(rnd() * 50));
        const c = clawbackPostings({ buyerId: 'b', sellerId: 's', amountFen: r, settledFen: x, commissionFen: s.commissionFen, clawedBeforeFen: before });
        seller -= r - c.commissionShareFen;
        platform -= c.commissionShareFen;
        expect(seller).toBeGreaterThanOrEqual(0);
        expect(platform).toBeGreaterThanOrEqual(0);
        before += r;
      }
      expect([seller, platform]).toEqual([0, 0]);
    }
  });
});
