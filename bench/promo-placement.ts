// Order placement with promotions (issue 12 §3): POST /buyer/orders on a product carrying 50 live
// discounts while the buyer holds 20 of its seller's coupons, against the same placement on a
// product without promotions, in the same run. Rounds alternate so both see the same growing
// order table. The target is a ratio ≥ 0.9: the best offer and the coupon list cost little.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import type { Database } from '../apps/server/src/platform/db/client.js';
import { couponHoldings, coupons, discounts } from '../apps/server/src/modules/promotions/index.js';

export interface PromoPlacementResult {
  plainPerSec: number;
  promoPerSec: number;
  ratio: number;
  discounts: number;
  holdings: number;
  errors: number;
}

interface Target {
  product: string;
  spec: string;
  seller: string;
}

const DAY = 86_400_000;

async function sessionOf(appUrl: string, loginName: string): Promise<Record<string, string>> {
  const res = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName, password: 'Demo1234' }),
  });
  const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = pairs.find((p) => p.startsWith('cm_csrf='))?.slice('cm_csrf='.length) ?? '';
  return { cookie: pairs.join('; '), 'x-csrf-token': csrf, 'content-type': 'application/json' };
}

/** Two listed SaaS products with a one-month price on some spec: the first gets the promotions. */
async function targets(database: Database): Promise<[Target, Target] | null> {
  const res = await database.db.execute(sql`select distinct on (p.id) p.id as product, s.id as spec, p.seller_id as seller
    from products p join product_specs s on s.product_id = p.id join spec_prices sp on sp.spec_id = s.id
    where p.status = 'listed' and p.billing = 'prepaid' and s.is_trial = false and sp.unit = 'month' and sp.duration = 1
    order by p.id, s.id limit 2`);
  const rows = (res as unknown as { rows: Target[] }).rows;
  return rows.length === 2 && rows[0] && rows[1] ? [rows[0], rows[1]] : null;
}

async function seedPromotions(database: Database, t: Target, buyerId: string, now: Date): Promise<void> {
  const window = { startsAt: new Date(now.getTime() - DAY), endsAt: new Date(now.getTime() + 30 * DAY) };
  await database.db.insert(discounts).values(
    Array.from({ length: 50 }, (_, i) => ({
      id: `dsc_bench_${i}`,
      sellerId: t.seller,
      productId: t.product,
      name: `bench ${i}`,
      type: i % 2 === 0 ? ('percent_off' as const) : ('amount_off' as const),
      rateTenths: i % 2 === 0 ? 50 + i : null,
      amountOffFen: i % 2 === 0 ? null : 10 + i,
      ...window,
      specIds: [t.spec],
      // a mix: some unconditional, some for other scenarios, clients, terms or quantities
      conditions: {
        scenarios: i % 5 === 1 ? (['renew'] as const).slice() : [],
        minQuantity: i % 7 === 2 ? 3 : null,
        clients: i % 3 === 2 ? (['mobile'] as const).slice() : [],
        terms: i % 4 === 3 ? [{ unit: 'year' as const, duration: 1 }] : [],
        firstPurchaseOnly: i % 6 === 4,
        realNameOnly: i % 8 === 5,
      },
      publishStatus: 'published' as const,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    })),
  );
  await database.db.insert(coupons).values(
    Array.from({ length: 20 }, (_, i) => ({
      id: `cpn_bench_${i}`,
      sellerId: t.seller,
      name: `bench coupon ${i}`,
      scope: i % 2 === 0 ? ('shop' as const) : ('products' as const),
      productIds: i % 2 === 0 ? [] : [t.product],
      kind: i % 3 === 0 ? ('percent' as const) : ('threshold' as const),
      rateTenths: i % 3 === 0 ? 90 : null,
      reduceFen: i % 3 === 0 ? null : 100 + i,
      thresholdFen: i % 3 === 0 ? null : 1_000,
      perUserLimit: 1,
      issueFrom: window.startsAt,
      issueTo: window.endsAt,
      validFrom: window.startsAt,
      validTo: window.endsAt,
      issueCount: 100,
      claimedCount: 1,
      scenarios: ['new' as const, 'renew' as const],
      showInShop: 'yes' as const,
      purchasedProductIds: [],
      createdAt: now,
    })),
  );
  await database.db.insert(couponHoldings).values(
    Array.from({ length: 20 }, (_, i) => ({
      id: `cph_bench_${i}`,
      couponId: `cpn_bench_${i}`,
      sellerId: t.seller,
      buyerId,
      seq: 1,
      source: 'claim' as const,
      createdAt: now,
    })),
  );
}

async function place(
  appUrl: string,
  headers: Record<string, string>,
  t: Target,
  seconds: number,
): Promise<{ placed: number; elapsedS: number; errors: number }> {
  let placed = 0;
  let errors = 0;
  const started = performance.now();
  await autocannon({
    url: appUrl,
    connections: 10,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/buyer/orders',
        setupRequest: (req) => ({
          ...req,
          headers: { ...headers, 'idempotency-key': randomUUID() },
          body: JSON.stringify({ productId: t.product, specId: t.spec, unit: 'month', duration: 1, quantity: 1 }),
        }),
        onResponse: (status) => {
          if (status === 201) placed++;
          else errors++;
        },
      },
    ],
  });
  return { placed, elapsedS: (performance.now() - started) / 1000, errors };
}

export async function benchPromoPlacement(database: Database, appUrl: string, seconds: number, rounds = 4): Promise<PromoPlacementResult | null> {
  const pair = await targets(database);
  if (!pair) return null;
  const [promo, plain] = pair;
  const buyer = await database.db.execute(sql`select id from users where login_name = 'buyer'`);
  const buyerId = (buyer as unknown as { rows: { id: string }[] }).rows[0]?.id;
  if (!buyerId) return null;
  await seedPromotions(database, promo, buyerId, new Date());
  const headers = await sessionOf(appUrl, 'buyer');
  // warm both paths once
  await place(appUrl, headers, plain, 1);
  await place(appUrl, headers, promo, 1);
  const sum = { plain: { n: 0, s: 0 }, promo: { n: 0, s: 0 }, errors: 0 };
  for (let i = 0; i < rounds; i++) {
    const a = await place(appUrl, headers, plain, seconds / rounds);
    const b = await place(appUrl, headers, promo, seconds / rounds);
    sum.plain.n += a.placed;
    sum.plain.s += a.elapsedS;
    sum.promo.n += b.placed;
    sum.promo.s += b.elapsedS;
    sum.errors += a.errors + b.errors;
  }
  // the later benchmarks run without these promotions
  await database.db.execute(sql`delete from coupon_holdings where id like 'cph_bench_%'`);
  await database.db.execute(sql`delete from coupons where id like 'cpn_bench_%'`);
  await database.db.execute(sql`delete from discounts where id like 'dsc_bench_%'`);
  const plainPerSec = sum.plain.n / sum.plain.s;
  const promoPerSec = sum.promo.n / sum.promo.s;
  return { plainPerSec, promoPerSec, ratio: promoPerSec / plainPerSec, discounts: 50, holdings: 20, errors: sum.errors };
}
