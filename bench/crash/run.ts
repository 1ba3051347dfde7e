// Crash and restart bench (issue 17 item 6): the real server under order load is killed with
// SIGKILL at random moments and started again on the same database; afterwards every
// acknowledged order must exist exactly once, every paid order have one instance, the ledger
// sum to zero and the outbox drain within 30 s.
//   npm run bench:crash -w @cloudmart/bench
//   CRASH_DB=pglite|postgres (default both)  CRASH_SECONDS=60  CRASH_KILLS=5  CRASH_WORKERS=4
//   CRASH_DATABASE_URL=postgres://…  the server the PostgreSQL run creates its database on
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecks, waitForDrain, type CheckResult } from './checks.js';
import { login, newLoadRecord, OrderLoad, type LoadRecord, type OrderTarget } from './load.js';
import { ServerProcess, sleep } from './server.js';
import { createCrashDb, type CrashDbKind, type Query } from './target.js';

const SECONDS = Number(process.env.CRASH_SECONDS ?? 60);
const KILLS = Number(process.env.CRASH_KILLS ?? 5);
const WORKERS = Number(process.env.CRASH_WORKERS ?? 4);
const DRAIN_LIMIT_MS = 30_000;
const ADMIN_URL = process.env.CRASH_DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** ports 43000-43099 are the bench's */
const PORTS: Record<CrashDbKind, number> = { pglite: 43010, postgres: 43020 };

interface RunResult {
  kind: CrashDbKind;
  record: LoadRecord;
  kills: number[];
  restartMs: number[];
  drainMs: number | null;
  /** from the last kill -9 to the drained outbox (the killed process's leases included) */
  drainAfterKillMs: number | null;
  drainHow: string;
  checks: CheckResult;
  logFile: string;
  kept: string | null;
}

async function findTarget(query: Query): Promise<OrderTarget> {
  const [t] = await query<{ product: string; spec: string }>(
    `select p.id as product, s.id as spec from products p join product_specs s on s.product_id = p.id
     where p.status = 'listed' and p.type = 'saas' and s.name = '标准版' order by p.id limit 1`,
  );
  if (!t) throw new Error('the demo seed has no listed SaaS product with a 标准版 spec');
  return { productId: t.product, specId: t.spec };
}

/** One moment per slot of the run, at random inside the slot's middle 80%. */
function killMoments(seconds: number, kills: number): number[] {
  const slot = (seconds * 1000) / Math.max(1, kills);
  return Array.from({ length: kills }, (_, i) => Math.round(slot * i + slot * (0.1 + 0.8 * Math.random())));
}

async function crashRun(kind: CrashDbKind): Promise<RunResult> {
  const db = await createCrashDb(kind, ADMIN_URL);
  const logFile = join(tmpdir(), `cm-crash-${kind}-${process.pid}.log`);
  const server = new ServerProcess({ port: PORTS[kind], dataDir: db.dataDir, databaseUrl: db.databaseUrl, logFile });
  console.log(`\n[${kind}] starting the server (seeds the demo), log ${logFile}`);
  const firstStart = await server.start();
  console.log(`[${kind}] up in ${(firstStart / 1000).toFixed(1)} s`);

  let target: OrderTarget;
  if (db.readableWhileRunning) {
    const r = await db.open();
    target = await findTarget(r.query);
    await r.close();
  } else {
    // PGlite: one process at a time; stop the server to read the seeded catalog, then start it again
    await server.stop();
    const r = await db.open();
    target = await findTarget(r.query);
    await r.close();
    await server.start();
  }

  const session = await login(server.url, 'buyer', 'Demo1234');
  const load = new OrderLoad(server.url, session, target, newLoadRecord());
  const t0 = performance.now();
  load.start(WORKERS);
  const kills: number[] = [];
  const restartMs: number[] = [];
  let lastKillAt = Date.now();
  for (const at of killMoments(SECONDS, KILLS)) {
    const wait = at - (performance.now() - t0);
    if (wait > 0) await sleep(wait);
    kills.push(Math.round(performance.now() - t0));
    lastKillAt = Date.now();
    await server.kill();
    const up = await server.start();
    restartMs.push(up);
    console.log(
      `[${kind}] kill -9 at ${(kills.at(-1)! / 1000).toFixed(1)} s, up again in ${(up / 1000).toFixed(1)} s (${load.record.placed.size} orders acknowledged so far)`,
    );
    // acknowledged places sent again with the same key must answer the same order
    await load.replayRecent(5);
  }
  const rest = SECONDS * 1000 - (performance.now() - t0);
  if (rest > 0) await sleep(rest);
  await load.stop();
  const loadStoppedAt = Date.now();
  console.log(`[${kind}] load stopped after ${((performance.now() - t0) / 1000).toFixed(1)} s; waiting for the outbox`);

  let drainMs: number | null;
  let drainHow: string;
  let checks: CheckResult;
  if (db.readableWhileRunning) {
    const r = await db.open();
    drainMs = await waitForDrain(r.query, loadStoppedAt, DRAIN_LIMIT_MS + 30_000);
    drainHow = 'polled: no pending outbox event';
    await server.stop();
    checks = await runChecks(r.query, load.record, loadStoppedAt);
    await r.close();
  } else {
    // the folder cannot be read while the server has it open: give the outbox its 30 s and a
    // margin, stop the server, then read when the last event of the load was processed
    await sleep(DRAIN_LIMIT_MS + 2_000);
    await server.stop();
    const r = await db.open();
    checks = await runChecks(r.query, load.record, loadStoppedAt);
    await r.close();
    drainMs = checks.outbox.pendingFromLoad > 0 ? null : Math.max(0, (checks.outbox.lastProcessedMs ?? loadStoppedAt) - loadStoppedAt);
    drainHow = 'last processed_at of the load’s events, read after stopping';
  }
  await server.close();
  if (drainMs === null || drainMs > DRAIN_LIMIT_MS)
    checks.violations.push(`the outbox took ${drainMs === null ? 'too long (not drained)' : `${drainMs} ms`} to drain (limit ${DRAIN_LIMIT_MS} ms)`);
  checks.violations.push(...load.record.failures);
  const ok = checks.violations.length === 0;
  const kept = ok ? null : kind === 'pglite' ? db.dataDir : (db.databaseUrl ?? null);
  if (ok) await db.dispose();
  const drainAfterKillMs = drainMs === null ? null : loadStoppedAt + drainMs - lastKillAt;
  return { kind, record: load.record, kills, restartMs, drainMs, drainAfterKillMs, drainHow, checks, logFile, kept };
}

function report(r: RunResult): void {
  const c = r.checks;
  const rec = r.record;
  const restarts = [...r.restartMs].sort((a, b) => a - b);
  const lines = [
    `\nCrash and restart — ${r.kind}, ${SECONDS} s, ${WORKERS} order loops, ${r.kills.length} kills at ${r.kills.map((k) => `${(k / 1000).toFixed(1)} s`).join(', ')}`,
    `  orders acknowledged (place 201/200):        ${rec.placed.size} (keys sent ${rec.sentKeys.size})`,
    `  payments completed (complete 200, paid):    ${rec.completed.size}`,
    `  requests cut by a kill, answered on retry:  place ${rec.interrupted.place}, pay ${rec.interrupted.pay}, complete ${rec.interrupted.complete} (attempts sent again ${rec.resent}, 5xx answers ${rec.serverErrors})`,
    `  places retried after a kill:                ${rec.placeRetries}: ${rec.placeRetriesSameOrder} answered the order the lost attempt placed, ${rec.placeRetriesNewOrder} placed it (lost attempt had not committed)`,
    `  acknowledged places replayed after restart: ${rec.replays}, same order ${rec.replaysSameOrder}`,
    `  restart to healthy:                         min ${(restarts[0]! / 1000).toFixed(1)} s, max ${(restarts.at(-1)! / 1000).toFixed(1)} s`,
    `  orders in the database for the keys:        ${c.ordersSeen} (paid ${c.paidOrders}); duplicates ${c.duplicateOrders}, acknowledged but lost ${c.lostAcks}`,
    `  instances: duplicate ${c.duplicateInstances}, missing ${c.missingInstances}; payment anomalies ${c.paymentAnomalies}; ledger postings missing/extra ${c.ledgerAnomalies}`,
    `  ledger: ${c.ledgerTxns} transactions, unbalanced ${c.unbalancedTxns}, sum ${c.ledgerSumFen} fen`,
    `  outbox: done ${c.outbox.done}, pending ${c.outbox.pending} (from the load ${c.outbox.pendingFromLoad}), dead ${c.outbox.dead}, claimed again after a lease ran out ${c.outbox.reclaimed}; drained ${r.drainMs === null ? 'NOT within the limit' : `${(r.drainMs / 1000).toFixed(1)} s`} after the load stopped${r.drainAfterKillMs === null ? '' : `, ${(r.drainAfterKillMs / 1000).toFixed(1)} s after the last kill`} (${r.drainHow})`,
    `  server log: ${r.logFile}`,
  ];
  console.log(lines.join('\n'));
  if (c.violations.length) {
    console.log(`  VIOLATIONS (${c.violations.length}):`);
    for (const v of c.violations.slice(0, 50)) console.log(`    - ${v}`);
    if (r.kept) console.log(`  kept for inspection: ${r.kept}`);
  } else console.log('  all checks passed');
}

const wanted = process.env.CRASH_DB;
if (wanted !== undefined && wanted !== 'pglite' && wanted !== 'postgres') throw new Error(`CRASH_DB must be pglite or postgres, not ${wanted}`);
const kinds: CrashDbKind[] = wanted ? [wanted] : ['pglite', 'postgres'];
const results: RunResult[] = [];
for (const kind of kinds) results.push(await crashRun(kind));
for (const r of results) report(r);
process.exit(results.every((r) => r.checks.violations.length === 0) ? 0 : 1);
