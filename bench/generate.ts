// Bulk data for benchmarks: N orders spread over S sellers (default 1,000,000 over 1,000),
// written set-based with generate_series so it takes seconds, not hours.
import { sql } from 'drizzle-orm';
import type { Db } from '../apps/server/src/platform/db/client.js';
import { hashPassword } from '../apps/server/src/platform/auth/password.js';

export interface GenerateOptions {
  orders: number;
  sellers: number;
  buyers: number;
}

export async function generate(db: Db, opts: GenerateOptions, log: (s: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const hash = await hashPassword('Bench1234');
  await db.execute(sql`
    insert into sellers (id, code, name, created_at)
    select 'slr_bench_' || g, 'bench' || g, 'Bench Seller ' || g, now() - interval '400 days'
    from generate_series(1, ${opts.sellers}::int) g on conflict do nothing`);
  await db.execute(sql`
    insert into users (id, kind, seller_id, is_main, login_name, display_name, password_hash, created_at)
    select 'usr_bench_s' || g, 'seller', 'slr_bench_' || g, true, 'bench' || g, 'Bench ' || g, ${hash}, now() - interval '400 days'
    from generate_series(1, ${opts.sellers}::int) g on conflict do nothing`);
  await db.execute(sql`
    insert into users (id, kind, login_name, display_name, password_hash, created_at)
    select 'usr_bench_b' || g, 'buyer', 'benchbuyer' || g, 'Buyer ' || g, ${hash}, now() - interval '400 days'
    from generate_series(1, ${opts.buyers}::int) g on conflict do nothing`);
  log(`accounts: ${opts.sellers} sellers, ${opts.buyers} buyers`);
  const batch = 100_000;
  for (let from = 1; from <= opts.orders; from += batch) {
    const to = Math.min(opts.orders, from + batch - 1);
    // statuses and types in realistic proportions; created over the last year
    await db.execute(sql`
      insert into orders (id, seller_id, buyer_id, product_code, product_name, spec_name, type, status,
                          list_price_fen, paid_fen, created_at, paid_at)
      select 'ord_bench_' || g,
             'slr_bench_' || (1 + g % ${opts.sellers}::int),
             'usr_bench_b' || (1 + (g::bigint * 7919) % ${opts.buyers}::int),
             'cmapp' || (100000 + g % 5000),
             'Product ' || (g % 5000),
             case when g % 3 = 0 then '高级版' else '标准版' end,
             (array['new','new','new','renew','renew','upgrade','trial'])[1 + g % 7],
             (array['paid','paid','paid','paid','unpaid','voided','refunded'])[1 + (g / 7) % 7],
             9900 + (g % 50) * 1000,
             9900 + (g % 50) * 1000,
             now() - (g % 525600) * interval '1 minute',
             case when (array['paid','paid','paid','paid','unpaid','voided','refunded'])[1 + (g / 7) % 7] in ('paid','refunded')
                  then now() - (g % 525600) * interval '1 minute' + interval '5 minutes' end
      from generate_series(${from}::int, ${to}::int) g`);
    log(`orders: ${to.toLocaleString('en-US')}`);
  }
  await db.execute(sql`vacuum analyze`);
  log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
