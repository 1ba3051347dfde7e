// Scale-out (issue 17 item 7, docs/scaling.md): the same load against `start:cluster` with 1, 2
// and 3 worker processes on one fresh PostgreSQL database, each figure as a ratio to 1 worker.
//   npm run bench:scale -w @cloudmart/bench
//   BENCH_DATABASE_URL=postgres://… BENCH_SECONDS=5 BENCH_WORKERS=1,2,3 BENCH_PORT=42050 BENCH_PLACEMENT=0
// The load generator runs in this process on the same machine: on 2 cores, the bench, the
// workers and PostgreSQL share two CPUs, so more processes than cores cannot scale much.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { systemClock } from '../apps/server/src/platform/clock.js';
import { openDatabase } from '../apps/server/src/platform/db/client.js';
import { rowsOf } from '../apps/server/src/platform/scheduler.js';
import { seedDemo } from '../apps/server/src/seed/demo.js';
import { benchPlacement } from './placement.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const WORKER_COUNTS = (process.env.BENCH_WORKERS ?? '1,2,3').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 42050);
// divisible by 1, 2 and 3: node:cluster hands each kept-alive connection to one worker in turn
const CONNECTIONS = 12;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const appUrl = `http://127.0.0.1:${PORT}`;

interface Row {
  workers: number;
  me: number;
  list: number;
  ordersPerSec: number | null;
  p97: { me: number; list: number };
}

async function load(name: string, path: string, cookie: string): Promise<{ reqPerSec: number; p97: number }> {
  const r = await autocannon({ url: `${appUrl}${path}`, connections: CONNECTIONS, duration: DURATION_S, headers: { cookie } });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { reqPerSec: r.requests.average, p97: r.latency.p97_5 ?? r.latency.p99 };
}

async function cookieOf(loginName: string): Promise<string> {
  const res = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName, password: 'Demo1234' }),
  });
  if (res.status !== 200) throw new Error(`login ${loginName}: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** `npm run start:cluster` as a child process; resolves once every worker printed its banner. */
function startCluster(workers: number, databaseUrl: string, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cluster.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      WORKERS: String(workers),
      HOST: '127.0.0.1',
      PORT: String(PORT),
      SEED_DEMO: 'false',
      // request throughput only: the sweeps' ticks would add a varying load of their own
      SCHEDULER: 'off',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000000000',
      RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '1000000000',
    },
  });
  return new Promise((resolve, reject) => {
    let banners = 0;
    const timer = setTimeout(() => reject(new Error(`${workers} workers did not start in 120 s`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      banners += chunk.toString().split('Cloudmart is running at').length - 1;
      if (banners >= workers) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the cluster exited with ${code} while starting`));
    });
  });
}

async function stopCluster(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

// a fresh database, migrated and seeded once here (the cluster then finds it seeded)
const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `cm_bench_scale_${process.pid}`;
const databaseUrl = (() => {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
})();
const adminClient = new pg.Client({ connectionString: admin });
await adminClient.connect();
await adminClient.query(`drop database if exists ${name}`);
await adminClient.query(`create database ${name}`);
await adminClient.end();
const dataDir = await mkdtemp(join(tmpdir(), 'cm-bench-scale-'));
const database = await openDatabase({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir });
await seedDemo(database.db, systemClock.now());
// the one listed SaaS product with a monthly price: placement runs after every read figure is
// taken, so the seller order list measures the same rows at every worker count
const [target] = rowsOf<{ product: string; spec: string }>(
  await database.db.execute(sql`select p.id as product, s.id as spec from products p
    join product_specs s on s.product_id = p.id and not s.is_trial
    join spec_prices sp on sp.spec_id = s.id and sp.unit = 'month' and sp.duration = 1
    where p.status = 'listed' and p.type = 'saas' order by p.id, s.id limit 1`),
);

/** Start `workers` workers, run `measure` against them, stop them. */
async function withCluster<T>(workers: number, measure: () => Promise<T>): Promise<T> {
  const child = await startCluster(workers, databaseUrl, dataDir);
  try {
    return await measure();
  } finally {
    await stopCluster(child);
  }
}

const rows: Row[] = [];
try {
  for (const workers of WORKER_COUNTS) {
    const row = await withCluster(workers, async () => {
      const cookie = await cookieOf('ops@demoisv');
      const me = await load('GET /auth/me', '/api/v1/auth/me', cookie);
      const list = await load('GET /seller/orders', '/api/v1/seller/orders?status=paid&pageSize=20', cookie);
      return { workers, me: me.reqPerSec, list: list.reqPerSec, ordersPerSec: null, p97: { me: me.p97, list: list.p97 } };
    });
    rows.push(row);
    console.log(`  ${workers} worker(s): reads done`);
  }
  for (const row of target && process.env.BENCH_PLACEMENT !== '0' ? rows : []) {
    const placement = await withCluster(row.workers, () => benchPlacement(database, appUrl, target?.product ?? '', target?.spec ?? '', DURATION_S));
    if (placement.errors) throw new Error(`placement with ${row.workers} worker(s): ${placement.errors} errors`);
    row.ordersPerSec = placement.ordersPerSec;
    console.log(`  ${row.workers} worker(s): placement done`);
  }
} finally {
  await database.close();
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  // the pool's sockets may still be closing; a forced drop would then fail them under our feet
  for (let i = 0; i < 50; i++) {
    const open = await c.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1', [name]);
    if (open.rows[0]?.n === '0') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await c.query(`drop database if exists ${name} with (force)`).catch((err: unknown) => console.warn('could not drop the bench database:', err));
  await c.end();
  await rm(dataDir, { recursive: true, force: true });
}

const one = rows.find((r) => r.workers === 1) ?? rows[0];
const ratio = (v: number | null, base: number | null | undefined) => (v !== null && base ? (v / base).toFixed(2) : '–');
console.log(
  `\nCloudmart scale-out — PostgreSQL, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${CONNECTIONS} connections, ${DURATION_S} s each, load generator on the same machine\n`,
);
console.log('| workers | `GET /auth/me` req/s (p97.5) | ratio | seller order list req/s (p97.5) | ratio | placement orders/s | ratio |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.workers} | ${r.me.toFixed(0)} (${r.p97.me} ms) | ${ratio(r.me, one?.me)} | ${r.list.toFixed(0)} (${r.p97.list} ms) | ${ratio(r.list, one?.list)} | ${r.ordersPerSec === null ? '–' : r.ordersPerSec.toFixed(0)} | ${ratio(r.ordersPerSec, one?.ordersPerSec)} |`,
  );
}
