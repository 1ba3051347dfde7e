// Benchmarks: each figure is reported as a ratio to a baseline measured in the same run,
// on the same machine and database driver, so numbers from different machines compare.
//   npm run bench                      PGlite in a temporary folder
//   BENCH_DATABASE_URL=postgres://… npm run bench   a fresh database on that server
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { systemClock } from '../apps/server/src/platform/clock.js';
import { openDatabase, type Database } from '../apps/server/src/platform/db/client.js';
import { seedDemo } from '../apps/server/src/seed/demo.js';
import { generate } from './generate.js';
import { benchAssignment, type AssignmentResult } from './assignment.js';
import { benchPlacement } from './placement.js';
import { benchPromoPlacement } from './promo-placement.js';
import { benchWorkbench, type WorkbenchResult } from './workbench.js';
import { benchExport, type ExportResult } from './export.js';
import { reportWebBundle } from './web-bundle.js';
import { analyticsLine, benchAnalytics } from './analytics.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);

// the web bundle first (no server needed); BENCH_ONLY=web npm run bench stops there
reportWebBundle();
if (process.env.BENCH_ONLY === 'web') process.exit(0);
const CONNECTIONS = 10;

interface Figure {
  name: string;
  reqPerSec: number;
  p95Ms: number;
}

async function load(name: string, url: string, headers: Record<string, string> = {}): Promise<Figure> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { name, reqPerSec: r.requests.average, p95Ms: r.latency.p97_5 ?? r.latency.p99 };
}

async function openBenchDatabase(dataDir: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return { database: await openDatabase({ DATA_DIR: dataDir }), drop: async () => undefined };
  const name = `cm_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    database: await openDatabase({ DATABASE_URL: u.toString(), DATA_DIR: dataDir }),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const dataDir = await mkdtemp(join(tmpdir(), 'cm-bench-'));
const { database, drop } = await openBenchDatabase(dataDir);
// the tracking endpoint's per-visitor limit would answer the load with 429s
const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATA_DIR: dataDir,
  SCHEDULER: 'off',
  ANALYTICS_TRACK_PER_MINUTE: '1000000000',
  // the load is the point here: the per-address limits (platform/http/rate-limits.ts) would cut it off
  RATE_LIMIT_LOGIN_PER_MINUTE: '1000000000',
  RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '1000000000',
});
const { app, deps } = await buildApp({ config, database, clock: systemClock, logger: false });
await seedDemo(deps.db, systemClock.now());
const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });

// Baseline: a bare Fastify route doing one query through the same driver and connection.
const bare = Fastify();
bare.get('/baseline', async () => {
  await database.db.execute(sql`select 1`);
  return { ok: true };
});
const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

const login = await fetch(`${appUrl}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ loginName: 'ops@demoisv', password: 'Demo1234' }),
});
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');

// Placement with 50 live discounts and 20 coupon holdings, against placement without promotions
// (BENCH_ONLY=promo stops after it).
const promo = await benchPromoPlacement(database, appUrl, Number(process.env.BENCH_PROMO_SECONDS ?? DURATION_S * 2));
const promoLine = promo
  ? `order placement with promotions (${promo.discounts} live discounts, ${promo.holdings} coupon holdings): ${promo.promoPerSec.toFixed(0)} orders/s vs without ${promo.plainPerSec.toFixed(0)} orders/s → ratio ${promo.ratio.toFixed(2)} (target ≥ 0.9)${promo.errors ? ` (${promo.errors} errors)` : ''}`
  : 'order placement with promotions: no two prepaid products to compare';
if (process.env.BENCH_ONLY === 'promo') {
  console.log(`\n${promoLine}`);
  await bare.close();
  await app.close();
  await database.close();
  await drop().catch((err: unknown) => console.warn('could not drop the bench database:', err));
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}

// 经营数据: raw events at scale, the rollup, the 30-day 总览 and /track's throughput (BENCH_ONLY=analytics stops after it)
const analytics = process.env.BENCH_ANALYTICS === '0' ? null : await benchAnalytics(database, appUrl, DURATION_S);
if (analytics) console.log(`\n${analyticsLine(analytics)}`);
if (process.env.BENCH_ONLY === 'analytics') {
  await bare.close();
  await app.close();
  await database.close();
  await drop().catch((err: unknown) => console.warn('could not drop the bench database:', err));
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}

const baseline = await load('bare Fastify + select 1', `${bareUrl}/baseline`);
const figures = [
  await load('GET /api/v1/auth/me (session + permissions)', `${appUrl}/api/v1/auth/me`, { cookie }),
  await load('GET /api/v1/seller/orders?status=paid&pageSize=20 (sub-account)', `${appUrl}/api/v1/seller/orders?status=paid&pageSize=20`, { cookie }),
];

const placementSeconds = Number(process.env.BENCH_PLACEMENT_SECONDS ?? DURATION_S * 2);
const seeded = await deps.db.execute(sql`select p.id as product, s.id as spec from products p join product_specs s on s.product_id = p.id
  where p.status = 'listed' and p.type = 'saas' and s.name = '标准版' limit 1`);
const target = (seeded as unknown as { rows: { product: string; spec: string }[] }).rows[0];
const placement = target ? await benchPlacement(database, appUrl, target.product, target.spec, placementSeconds) : null;

// Delivery-center assignment: 1,000 employees, 10,000 open projects (BENCH_ASSIGN=0 skips it).
const assignment: AssignmentResult | null =
  process.env.BENCH_ASSIGN === '0'
    ? null
    : await benchAssignment(database, { employees: 1000, openProjects: 10_000, iterations: Number(process.env.BENCH_ASSIGN_ITERATIONS ?? 500) });
// The provider's management workbench over the same data, with one task per project added.
const workbench: WorkbenchResult | null = assignment ? await benchWorkbench(database, { employees: 1000, openProjects: 10_000, iterations: 100 }) : null;
// 列表导出 of those 10,000 projects into 我的下载, against the direct CSV's reading and encoding.
const exported: ExportResult | null = assignment ? await benchExport(deps, Number(process.env.BENCH_EXPORT_ITERATIONS ?? 10)) : null;

// The seller order list at marketplace scale: 1,000,000 orders over 1,000 sellers on
// PostgreSQL (100,000 on PGlite unless BENCH_ORDERS says otherwise).
let sequentialList: { p50: number; p95: number } | null = null;
const scaleOrders = Number(process.env.BENCH_ORDERS ?? (database.kind === 'pg' ? 1_000_000 : 100_000));
if (scaleOrders > 0) {
  await generate(deps.db, { orders: scaleOrders, sellers: 1000, buyers: 20_000 }, (l) => console.log(`  generate ${l}`));
  const benchLogin = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName: 'bench42', password: 'Bench1234' }),
  });
  const benchCookie = benchLogin.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const from = new Date(Date.now() - 180 * 86_400_000).toISOString();
  // latency as one seller's browser sees it: sequential requests, no queueing behind others
  const listUrl = `${appUrl}/api/v1/seller/orders?status=paid&createdFrom=${encodeURIComponent(from)}&page=3&pageSize=20`;
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    const res = await fetch(listUrl, { headers: { cookie: benchCookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`list answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  sequentialList = { p50: times[149] ?? 0, p95: times[284] ?? 0 };
  figures.push(
    await load(
      `GET /seller/orders status+created range, page 3 (${scaleOrders.toLocaleString('en-US')} orders)`,
      `${appUrl}/api/v1/seller/orders?status=paid&createdFrom=${encodeURIComponent(from)}&page=3&pageSize=20`,
      { cookie: benchCookie },
    ),
  );
}

console.log(`\nCloudmart benchmarks — ${database.kind}, ${CONNECTIONS} connections, ${DURATION_S} s each\n`);
console.log(`${'route'.padEnd(70)} ${'req/s'.padStart(8)} ${'p97.5 ms'.padStart(9)} ${'ratio'.padStart(6)}`);
for (const f of [baseline, ...figures]) {
  console.log(
    `${f.name.padEnd(70)} ${f.reqPerSec.toFixed(0).padStart(8)} ${f.p95Ms.toFixed(1).padStart(9)} ${(f.reqPerSec / baseline.reqPerSec).toFixed(2).padStart(6)}`,
  );
}

if (placement) {
  console.log(
    `\norder placement + payment (place, pay, sandbox complete): ${placement.ordersPerSec.toFixed(0)} orders/s vs bare INSERT route ${placement.baselineInsertsPerSec.toFixed(0)} req/s → ratio ${placement.ratio.toFixed(2)}${placement.errors ? ` (${placement.errors} errors)` : ''}`,
  );
}
console.log(promoLine);
if (analytics) console.log(analyticsLine(analytics));
if (assignment) {
  console.log(
    `delivery assignment (${assignment.employees.toLocaleString('en-US')} employees, ${assignment.openProjects.toLocaleString('en-US')} open projects, ${assignment.candidatesPerRole} candidates per role): p50 ${assignment.p50Ms.toFixed(2)} ms, p95 ${assignment.p95Ms.toFixed(2)} ms vs a select-1 transaction p95 ${assignment.baselineP95Ms.toFixed(2)} ms → ratio ${assignment.ratio.toFixed(1)}`,
  );
}
if (workbench) {
  console.log(
    `management workbench (${workbench.projects.toLocaleString('en-US')} open projects, one day): p50 ${workbench.p50Ms.toFixed(1)} ms, p95 ${workbench.p95Ms.toFixed(1)} ms vs a select-1 transaction p95 ${workbench.baselineP95Ms.toFixed(2)} ms → ratio ${workbench.ratio.toFixed(1)}`,
  );
}
if (exported) {
  console.log(
    `列表导出 into 我的下载 (${exported.rows.toLocaleString('en-US')} rows, ${(exported.bytes / 1024 / 1024).toFixed(1)} MB): built and stored in p50 ${exported.buildP50Ms.toFixed(0)} ms vs the direct CSV's rows read and encoded in ${exported.directP50Ms.toFixed(0)} ms → ratio ${exported.ratio.toFixed(2)}`,
  );
}
const listP95 = figures.at(-1);
if (scaleOrders > 0 && listP95) {
  console.log(`seller order list at ${scaleOrders.toLocaleString('en-US')} orders, 10 connections: p97.5 ${listP95.p95Ms.toFixed(1)} ms`);
}
if (sequentialList)
  console.log(
    `seller order list at ${scaleOrders.toLocaleString('en-US')} orders, one client: p50 ${sequentialList.p50.toFixed(1)} ms, p95 ${sequentialList.p95.toFixed(1)} ms`,
  );

await bare.close();
await app.close();
await database.close();
await drop().catch((err: unknown) => console.warn('could not drop the bench database:', err));
await rm(dataDir, { recursive: true, force: true });
