// A peer, side by side (issue 17 item 11): Cloudmart and Vendure in the same run, on the same
// PostgreSQL server, each on a fresh database of its own.
//   npm run bench:peers -w @cloudmart/bench          (bootstrap.sh installs Vendure outside the repo first)
// 1. order placement to a paid state, 10 connections, the same duration: Cloudmart's
//    benchPlacement (place → pay → sandbox complete) against Vendure's shop API (six mutations);
//    two alternating rounds, the better of each side is kept;
// 2. the order list with a status + date filter, page 3 of 20, at each PEER_ORDERS size
//    (default 100,000 and 1,000,000): Cloudmart's seller list as bench/run.ts measures it,
//    Vendure's admin `orders` as superadmin in the seller's channel.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../../../apps/server/src/app.js';
import { loadConfig } from '../../../apps/server/src/config.js';
import { systemClock } from '../../../apps/server/src/platform/clock.js';
import { openDatabase } from '../../../apps/server/src/platform/db/client.js';
import { seedDemo } from '../../../apps/server/src/seed/demo.js';
import { generate } from '../../generate.js';
import { benchPlacement, type PlacementResult } from '../../placement.js';
import { startProcess, stop } from '../../processes.js';
import { measureList, type ListFigures } from './list-latency.js';
import { generateVendureOrders } from './vendure-orders.js';
import { benchVendurePlacement, type VendurePlacementResult } from './vendure-placement.js';
import { createSellerChannels, populateVendure, startVendure, type VendureServer } from './vendure-server.js';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.PEER_PORT ?? 44000);
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PLACEMENT_SECONDS = Number(process.env.BENCH_PLACEMENT_SECONDS ?? SECONDS * 2);
const ROUNDS = Number(process.env.PEER_ROUNDS ?? 2);
const SIZES = (process.env.PEER_ORDERS ?? '100000,1000000').split(',').map(Number);
const SELLERS = 1000;
const SELLER = 42;
const LIST = {
  sequential: Number(process.env.PEER_LIST_REQUESTS ?? 300),
  warmup: Number(process.env.PEER_LIST_WARMUP ?? 300),
  connections: CONNECTIONS,
  seconds: SECONDS,
};

function dbUrl(name: string): string {
  const u = new URL(SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onServer(statements: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  for (const s of statements) await c.query(s);
  await c.end();
}

/**
 * Both databases vacuumed and analysed, no autovacuum worker left and the restarted Vendure
 * past its start-up work, before a list is timed: at 100,000 orders the first measurement ran
 * while PostgreSQL was still busy with the rows just generated (issue 17 item 11: the 100k list
 * was 1.2x in the peer run and p50 1.6-3.2 ms alone).
 */
async function settle(): Promise<void> {
  for (const name of [cmName, vnName]) {
    const c = new pg.Client({ connectionString: dbUrl(name) });
    await c.connect();
    await c.query('vacuum (analyze)');
    await c.end();
  }
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  for (let i = 0; i < 120; i++) {
    const busy = await c.query(`select count(*)::int as n from pg_stat_activity where backend_type = 'autovacuum worker'`);
    if ((busy.rows[0] as { n: number }).n === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await c.end();
  await new Promise((r) => setTimeout(r, 5_000));
}

const cmName = `cm_peer_${process.pid}`;
const vnName = `vendure_peer_${process.pid}`;
await onServer([`drop database if exists ${cmName}`, `create database ${cmName}`, `drop database if exists ${vnName}`, `create database ${vnName}`]);

// Vendure: schema and catalogue, one channel per seller, then the server
console.log('vendure: populate');
await populateVendure(dbUrl(vnName), PORT + 1);
const vn = new pg.Client({ connectionString: dbUrl(vnName) });
await vn.connect();
const variantId = String((await vn.query<{ id: number }>(`select id from product_variant order by id limit 1`)).rows[0]?.id);
const shippingId = String((await vn.query<{ id: number }>(`select id from shipping_method order by id limit 1`)).rows[0]?.id);
let vendure: VendureServer = await startVendure(dbUrl(vnName), PORT);

// Cloudmart: the bench's own set-up (bench/run.ts)
const dataDir = await mkdtemp(join(tmpdir(), 'cm-peer-'));
const database = await openDatabase({ DATABASE_URL: dbUrl(cmName), DATA_DIR: dataDir });
const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATA_DIR: dataDir,
  SCHEDULER: 'off',
  RATE_LIMIT_LOGIN_PER_MINUTE: '1000000000',
  RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '1000000000',
});
const { app, deps } = await buildApp({ config, database, clock: systemClock, logger: false });
await seedDemo(deps.db, systemClock.now());
// Cloudmart's server in a process of its own, as Vendure's is: the load generator and the timed
// client stay in this one (the in-process app above only migrates, seeds and generates)
const cmServer = await startProcess(
  ['apps/server/src/main.ts'],
  {
    DATABASE_URL: dbUrl(cmName),
    DATA_DIR: dataDir,
    // as deployed: in 'test' every reply is also written by zod and compared (app.ts), a check
    // the suite runs, not a customer's server
    NODE_ENV: 'production',
    SESSION_SECRET: 'peer-bench-secret',
    LOG_LEVEL: 'warn',
    SCHEDULER: 'off',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: String(PORT + 2),
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000000000',
    RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '1000000000',
  },
  null,
  `http://127.0.0.1:${PORT + 2}/api/health`,
);
const appUrl = `http://127.0.0.1:${PORT + 2}`;
const seeded = await deps.db.execute(sql`select p.id as product, s.id as spec from products p join product_specs s on s.product_id = p.id
  where p.status = 'listed' and p.type = 'saas' and s.name = '标准版' limit 1`);
const target = (seeded as unknown as { rows: { product: string; spec: string }[] }).rows[0];
if (!target) throw new Error('no listed SaaS product in the demo data');

// 1. placement, alternating rounds
const cmRounds: PlacementResult[] = [];
const vnRounds: VendurePlacementResult[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const cm = await benchPlacement(database, appUrl, target.product, target.spec, PLACEMENT_SECONDS);
  console.log(`round ${round} cloudmart: ${cm.ordersPerSec.toFixed(1)} orders/s (${cm.errors} errors)`);
  cmRounds.push(cm);
  const v = await benchVendurePlacement(vendure.url, variantId, shippingId, CONNECTIONS, PLACEMENT_SECONDS);
  console.log(`round ${round} vendure:   ${v.ordersPerSec.toFixed(1)} orders/s (${v.orders} orders, ${v.errors} errors)`);
  vnRounds.push(v);
}
const cmBest = Math.max(...cmRounds.map((r) => r.ordersPerSec));
const vnBest = Math.max(...vnRounds.map((r) => r.ordersPerSec));

// 2. the order list at each size
const from = new Date(Date.now() - 180 * 86_400_000).toISOString();
const lists: { n: number; cm: ListFigures; vn: ListFigures }[] = [];
let vnGenerated = 0;
// seller channels only now: placement runs on the plain one-channel shop the brief describes
await createSellerChannels(vn, SELLERS);
for (const n of SIZES) {
  await deps.db.execute(sql`delete from orders where id like 'ord_bench_%'`);
  await generate(deps.db, { orders: n, sellers: SELLERS, buyers: 20_000 }, (l) => console.log(`  cloudmart generate ${l}`));
  await generateVendureOrders(vn, { from: vnGenerated + 1, to: n, sellers: SELLERS }, (l) => console.log(`  vendure generate ${l}`));
  vnGenerated = n;
  // a fresh server process after bulk writes, as for Cloudmart's freshly analysed tables
  await vendure.stop();
  vendure = await startVendure(dbUrl(vnName), PORT);
  await settle();

  const login = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName: `bench${SELLER}`, password: 'Bench1234' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const cm = await measureList(
    {
      url: `${appUrl}/api/v1/seller/orders?status=paid&createdFrom=${encodeURIComponent(from)}&page=3&pageSize=20`,
      method: 'GET',
      headers: { cookie },
      totalOf: (j) => Number(Reflect.get(j as object, 'total')),
    },
    LIST,
  );

  const adminLogin = await fetch(`${vendure.url}/admin-api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } } }` }),
  });
  const token = adminLogin.headers.get('vendure-auth-token') ?? '';
  const query = `query { orders(options: {
      filter: { state: { eq: "PaymentSettled" }, orderPlacedAt: { between: { start: "${from}", end: "${new Date(Date.now() + 3_600_000).toISOString()}" } } },
      skip: 40, take: 20, sort: { orderPlacedAt: DESC } }) {
    totalItems items { id code state orderPlacedAt totalWithTax currencyCode customer { id firstName lastName emailAddress } } } }`;
  const vnList = await measureList(
    {
      url: `${vendure.url}/admin-api`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'vendure-token': `bench-${SELLER}` },
      body: JSON.stringify({ query }),
      totalOf: (j) => Number((j as { data: { orders: { totalItems: number } } }).data.orders.totalItems),
    },
    LIST,
  );
  console.log(
    `  ${n.toLocaleString('en-US')} orders: cloudmart p95 ${cm.p95.toFixed(1)} ms (${cm.total} match), vendure p95 ${vnList.p95.toFixed(1)} ms (${vnList.total} match)`,
  );
  lists.push({ n, cm, vn: vnList });
}

const versions = (await vn.query<{ v: string }>(`select version() as v`)).rows[0]?.v ?? '';
console.log(`\nCloudmart vs Vendure — ${versions.split(' on ')[0]}, ${CONNECTIONS} connections\n`);
console.log(
  `order placement to paid (${PLACEMENT_SECONDS} s, best of ${ROUNDS}): Cloudmart ${cmBest.toFixed(1)} orders/s (rounds ${cmRounds.map((r) => r.ordersPerSec.toFixed(1)).join(', ')}), ` +
    `Vendure ${vnBest.toFixed(1)} orders/s (rounds ${vnRounds.map((r) => r.ordersPerSec.toFixed(1)).join(', ')}) → Cloudmart ÷ Vendure ${(cmBest / vnBest).toFixed(2)} (goal ≥ 10)`,
);
for (const l of lists) {
  console.log(
    `order list at ${l.n.toLocaleString('en-US')} orders (status + date, page 3): ` +
      `Cloudmart p50 ${l.cm.p50.toFixed(1)} / p95 ${l.cm.p95.toFixed(1)} ms, ${l.cm.reqPerSec.toFixed(0)} req/s (p97.5 ${l.cm.p97_5} ms), ${l.cm.total} match; ` +
      `Vendure p50 ${l.vn.p50.toFixed(1)} / p95 ${l.vn.p95.toFixed(1)} ms, ${l.vn.reqPerSec.toFixed(0)} req/s (p97.5 ${l.vn.p97_5} ms), ${l.vn.total} match → ` +
      `p95 Vendure ÷ Cloudmart ${(l.vn.p95 / l.cm.p95).toFixed(2)} (goal ≥ 5), req/s Cloudmart ÷ Vendure ${(l.cm.reqPerSec / l.vn.reqPerSec).toFixed(2)}`,
  );
}

await vendure.stop();
await stop(cmServer);
await vn.end();
await app.close();
await database.close();
await onServer([`drop database if exists ${cmName} with (force)`, `drop database if exists ${vnName} with (force)`]).catch((err: unknown) =>
  console.warn('could not drop the bench databases:', err),
);
await rm(dataDir, { recursive: true, force: true });
