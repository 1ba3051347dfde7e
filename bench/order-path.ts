// The order path against a bare route, each in its own process and the load generator in a
// third (this one), so autocannon stops taking CPU from the server it measures:
//   GET /auth/me                          vs bare `select 1`
//   POST /buyer/orders                    vs bare INSERT
//   place + pay + sandbox complete        vs bare INSERT
// PGlite by default (a temporary folder each), BENCH_DATABASE_URL=postgres://… for PostgreSQL.
// ORDER_PATH_PROFILE=dir writes the server's V8 CPU profile into dir (node --cpu-prof), for
// `node bench/profile-summary.mjs dir/*.cpuprofile` or any flame graph viewer.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startProcess, stop } from './processes.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

async function freshPgDatabase(url: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function session(base: string, loginName: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName, password: 'Demo1234' }),
  });
  if (!res.ok) throw new Error(`log-in as ${loginName}: ${res.status}`);
  const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = pairs.find((p) => p.startsWith('cm_csrf='))?.slice('cm_csrf='.length) ?? '';
  return { cookie: pairs.join('; '), 'x-csrf-token': csrf, 'content-type': 'application/json' };
}

/** A process's CPU time so far (user + system, µs), from /proc; null where there is none. */
function cpuMicros(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    return statCpuMicros(readFileSync(`/proc/${pid}/stat`, 'utf8'), false);
  } catch {
    return null;
  }
}

/** user + system time of a /proc/PID/stat line, µs (clock ticks of 10 ms, USER_HZ 100); with its ended children's too. */
function statCpuMicros(stat: string, withChildren: boolean): number {
  const fields = stat.split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]) + (withChildren ? Number(fields[13]) + Number(fields[14]) : 0);
  return ticks * 10_000;
}

/**
 * CPU time so far of every PostgreSQL process on this machine (backends, WAL writer, checkpointer,
 * and those that ended), µs: what a request costs the database, when the database is on this machine (a local
 * BENCH_DATABASE_URL; other databases' work on it counts too). Null on PGlite or without /proc.
 */
function postgresCpuMicros(): number | null {
  if (!pgUrl) return null;
  let total = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // gone meanwhile
      }
      // with the children's time: a backend that ended (a closed connection, an autovacuum
      // worker) leaves its time to the postmaster, not to nobody
      if (stat.includes(' (postgres) ')) total += statCpuMicros(stat, true);
    }
  } catch {
    return null;
  }
  return total;
}

interface Rate {
  perSecond: number;
  /** the measured process's CPU per request: unlike req/s, it hardly moves when other work shares the cores */
  cpuUsPerRequest: number | null;
  /** PostgreSQL's CPU per request (postgresCpuMicros), on PostgreSQL */
  pgCpuUsPerRequest: number | null;
}

const perRequest = (before: number | null, after: number | null, n: number) => (before === null || after === null || n === 0 ? null : (after - before) / n);

async function rate(opts: autocannon.Options, pid: number | undefined): Promise<Rate> {
  const cpuBefore = cpuMicros(pid);
  const pgBefore = postgresCpuMicros();
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  const cpuAfter = cpuMicros(pid);
  const pgAfter = postgresCpuMicros();
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${opts.url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return {
    perSecond: r.requests.average,
    cpuUsPerRequest: perRequest(cpuBefore, cpuAfter, r.requests.total),
    pgCpuUsPerRequest: perRequest(pgBefore, pgAfter, r.requests.total),
  };
}

/** Seconds until no paid order's background event (ORDER_PAID, the SPI call) is pending any more. */
async function outboxDrainSeconds(url: string): Promise<number> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (;;) {
      const r = await client.query<{ n: string }>(
        `select count(*) as n from outbox_events where status = 'pending' and topic in ('order.paid', 'instance.provision')`,
      );
      if (Number(r.rows[0]?.n ?? 0) === 0) return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

const pgUrl = process.env.BENCH_DATABASE_URL;
const serverDir = await mkdtemp(join(tmpdir(), 'cm-op-server-'));
const bareDir = await mkdtemp(join(tmpdir(), 'cm-op-bare-'));
const db = pgUrl ? await freshPgDatabase(pgUrl, `cm_order_path_${process.pid}`) : null;
const dbEnv: Record<string, string> = db ? { DATABASE_URL: db.url } : { DATABASE_URL: '' };
// BENCH_PORT pins the server's port (the bare server takes the next one), for machines where ports are shared out
const pinnedPort = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : null;
const serverPort = pinnedPort ?? 3400 + (process.pid % 300);
const barePort = pinnedPort === null ? serverPort + 300 : serverPort + 1;
const profileDir = process.env.ORDER_PATH_PROFILE;

const serverEnv: Record<string, string> = {
  ...dbEnv,
  NODE_ENV: 'production',
  SESSION_SECRET: 'order-path-bench-secret',
  HOST: '127.0.0.1',
  PORT: String(serverPort),
  DATA_DIR: serverDir,
  SEED_DEMO: 'true',
  SCHEDULER: 'on',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  RATE_LIMIT_LOGIN_PER_MINUTE: '1000000000',
  RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '1000000000',
};
const health = `http://127.0.0.1:${serverPort}/api/health`;
let server = await startProcess(['apps/server/src/main.ts'], serverEnv, null, health);
if (profileDir) {
  // profile the load, not the demo seed: restart on the seeded database with the profiler on
  await stop(server);
  server = await startProcess(['--cpu-prof', `--cpu-prof-dir=${profileDir}`, 'apps/server/src/main.ts'], serverEnv, null, health);
}
// The ISV's system, as examples/isv-receiver runs it, in a process of its own: the paid orders'
// createInstance calls are answered and their instances opened, as in production (without it
// every call was a refused connection recorded as a failed attempt). The demo product's endpoint
// is pointed at it through the seller's own settings route below.
const isvPort = pinnedPort === null ? serverPort + 600 : serverPort + 2;
const isvSecret = 'order-path-bench-spi-secret';
const isv = await startProcess(['examples/isv-receiver/server.ts', '--port', String(isvPort), '--secret', isvSecret], {}, /listening/, null);
const bare = await startProcess(['bench/bare-server.ts'], { ...dbEnv, DATA_DIR: db ? '' : join(bareDir, 'pglite'), PORT: String(barePort) }, /ready/, null);
const base = `http://127.0.0.1:${serverPort}`;
const bareBase = `http://127.0.0.1:${barePort}`;

try {
  const buyer = await session(base, 'buyer');
  const seller = await session(base, 'ops@demoisv');
  const owner = await session(base, 'demo');
  const products = (await (await fetch(`${base}/api/v1/store/products?type=saas&pageSize=50`)).json()) as { items: { id: string }[] };
  let target: { productId: string; specId: string } | null = null;
  for (const p of products.items) {
    const detail = (await (await fetch(`${base}/api/v1/store/products/${p.id}`)).json()) as {
      specs?: { id: string; isTrial: boolean; prices: { unit: string }[] }[];
    };
    const spec = detail.specs?.find((s) => !s.isTrial && s.prices.some((x) => x.unit === 'month'));
    if (spec) {
      target = { productId: p.id, specId: spec.id };
      break;
    }
  }
  if (!target) throw new Error('no SaaS product with a spec in the demo');
  const spi = await fetch(`${base}/api/v1/seller/products/${target.productId}/spi`, {
    method: 'PATCH',
    headers: owner,
    body: JSON.stringify({ url: `http://127.0.0.1:${isvPort}/spi`, secret: isvSecret, mode: 'hmac' }),
  });
  if (!spi.ok) throw new Error(`pointing the product at the ISV receiver: ${spi.status} ${await spi.text()}`);
  const orderBody = JSON.stringify({ ...target, unit: 'month', duration: 1, quantity: 1, showContact: false });

  // warm both up
  await autocannon({ url: `${bareBase}/select`, connections: CONNECTIONS, duration: 1 });
  await autocannon({ url: `${base}/api/v1/auth/me`, headers: { cookie: seller.cookie ?? '' }, connections: CONNECTIONS, duration: 1 });

  const bareSelect = await rate({ url: `${bareBase}/select` }, bare.pid);
  const me = await rate({ url: `${base}/api/v1/auth/me`, headers: { cookie: seller.cookie ?? '' } }, server.pid);
  const bareInsert = await rate({ url: `${bareBase}/insert`, method: 'POST' }, bare.pid);
  const place = await rate(
    {
      url: `${base}/api/v1/buyer/orders`,
      method: 'POST',
      requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, headers: { ...buyer, 'idempotency-key': randomUUID() }, body: orderBody }) }],
    },
    server.pid,
  );

  let orders = 0;
  let errors = 0;
  const started = performance.now();
  const loopCpuBefore = cpuMicros(server.pid);
  const loopPgBefore = postgresCpuMicros();
  await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/buyer/orders',
        setupRequest: (req) => ({ ...req, headers: { ...buyer, 'idempotency-key': randomUUID() }, body: orderBody }),
        onResponse: (status, body, context) => {
          if (status !== 201) errors++;
          else Reflect.set(context, 'orderId', (JSON.parse(body) as { id: string }).id);
        },
      },
      {
        method: 'POST',
        setupRequest: (req, context) => ({ ...req, path: `/api/v1/buyer/orders/${String(Reflect.get(context, 'orderId'))}/pay`, headers: buyer, body: '{}' }),
        onResponse: (status, body, context) => {
          if (status !== 200) errors++;
          else Reflect.set(context, 'paymentId', (JSON.parse(body) as { paymentId: string }).paymentId);
        },
      },
      {
        method: 'POST',
        setupRequest: (req, context) => ({
          ...req,
          path: `/api/v1/payments/sandbox/${String(Reflect.get(context, 'paymentId'))}/complete`,
          headers: buyer,
          body: '{}',
        }),
        onResponse: (status) => {
          if (status !== 200) errors++;
          else orders++;
        },
      },
    ],
  });
  const loopSeconds = (performance.now() - started) / 1000;
  const orderRate = orders / loopSeconds;
  // The requests are answered before the paid orders' background work (ORDER_PAID's handlers,
  // the SPI call) is done: on PostgreSQL, wait until the outbox has none of it left, and count
  // the orders against the whole time too (the rate this server can keep up, not only answer).
  const loopCpuAfter = cpuMicros(server.pid);
  const loopPgAfter = postgresCpuMicros();
  const settledRate = db ? orders / (loopSeconds + (await outboxDrainSeconds(db.url))) : null;
  const drainedCpuAfter = cpuMicros(server.pid);
  const drainedPgAfter = postgresCpuMicros();
  const settled: Rate | null =
    settledRate === null
      ? null
      : {
          perSecond: settledRate,
          cpuUsPerRequest: perRequest(loopCpuBefore, drainedCpuAfter, orders),
          pgCpuUsPerRequest: perRequest(loopPgBefore, drainedPgAfter, orders),
        };
  const loop: Rate = {
    perSecond: orderRate,
    cpuUsPerRequest: perRequest(loopCpuBefore, loopCpuAfter, orders),
    pgCpuUsPerRequest: perRequest(loopPgBefore, loopPgAfter, orders),
  };

  const kind = db ? 'PostgreSQL' : 'PGlite';
  console.log(`\nOrder path — ${kind}, server, baseline and load generator in three processes, ${CONNECTIONS} connections, ${SECONDS} s each\n`);
  const rows: [string, Rate, Rate, number][] = [
    ['GET /auth/me', me, bareSelect, 0.5],
    ['POST /buyer/orders', place, bareInsert, 0.3],
    ['place + pay + sandbox complete (orders/s)', loop, bareInsert, 0.1],
  ];
  const cpu = (r: Rate) =>
    (r.cpuUsPerRequest === null ? '' : r.cpuUsPerRequest.toFixed(0)).padStart(12) +
    (r.pgCpuUsPerRequest === null ? '' : r.pgCpuUsPerRequest.toFixed(0)).padStart(12);
  console.log(
    `${'what'.padEnd(44)} ${'per s'.padStart(8)} ${'baseline'.padStart(9)} ${'ratio'.padStart(6)}  target  ${'CPU µs each'.padStart(12)}${pgUrl ? 'PG CPU µs'.padStart(12) : ''}`,
  );
  console.log(`${'bare select 1'.padEnd(44)} ${bareSelect.perSecond.toFixed(0).padStart(8)} ${''.padStart(26)} ${cpu(bareSelect)}`);
  console.log(`${'bare INSERT'.padEnd(44)} ${bareInsert.perSecond.toFixed(0).padStart(8)} ${''.padStart(26)} ${cpu(bareInsert)}`);
  for (const [name, v, b, t] of rows) {
    const ratio = (v.perSecond / b.perSecond).toFixed(2).padStart(6);
    console.log(`${name.padEnd(44)} ${v.perSecond.toFixed(0).padStart(8)} ${b.perSecond.toFixed(0).padStart(9)} ${ratio}  ≥ ${t}   ${cpu(v)}`);
  }
  console.log('(CPU µs each: the server process, or the bare one, per request or per order: user + system time from /proc;');
  console.log(' PG CPU µs: every PostgreSQL process of this machine, likewise, when the database is on it)');
  if (settled) {
    const ratio = (settled.perSecond / bareInsert.perSecond).toFixed(2).padStart(6);
    console.log(
      `${'… and their background work done (orders/s)'.padEnd(44)} ${settled.perSecond.toFixed(0).padStart(8)} ${bareInsert.perSecond.toFixed(0).padStart(9)} ${ratio}          ${cpu(settled)}`,
    );
  }
  if (errors) console.log(`(${errors} errors in the place + pay + complete loop)`);
} finally {
  await stop(server);
  await stop(bare);
  await stop(isv);
  await db?.drop().catch((err: unknown) => console.warn('could not drop the bench database:', err));
  await rm(serverDir, { recursive: true, force: true });
  await rm(bareDir, { recursive: true, force: true });
}
