// `npm run start:cluster`: WORKERS server processes on one port (node:cluster shares the
// listening socket), all on the same PostgreSQL database (docs/scaling.md). The primary serves
// nothing itself: it migrates and seeds the demo once, before forking, so the workers start on a
// migrated, seeded database and never race each other for either; then it watches them and stops
// them all on SIGTERM or SIGINT. Sweeps and outbox dispatch run in every worker and are
// coordinated by the database (advisory locks, sweep_state, leased outbox events).
import cluster, { type Worker } from 'node:cluster';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadClusterConfig } from './cluster-config.js';
import { loadConfig } from './config.js';
import { systemClock } from './platform/clock.js';
import { openDatabase } from './platform/db/client.js';
import { safeError } from './platform/logging.js';
import { isSeeded, seedDemo } from './seed/demo.js';

/** A worker that has not exited this long after SIGTERM is killed (main.ts gives itself 10 s). */
const STOP_GRACE_MS = 15_000;

function settings() {
  try {
    return { config: loadConfig(), workers: loadClusterConfig().workers };
  } catch (err) {
    // a setting the cluster refuses (WORKERS>1 on PGlite, …): say which, without a stack trace
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
const { config, workers } = settings();
const log = pino({ level: config.LOG_LEVEL, name: 'cluster', serializers: { err: safeError } });

// migrate (openDatabase does) and seed once, here, before any worker opens the database
const database = await openDatabase(config);
if (config.SEED_DEMO && !(await isSeeded(database.db))) {
  const started = performance.now();
  await seedDemo(database.db, systemClock.now(), { config, dbKind: database.kind });
  log.info({ ms: Math.round(performance.now() - started) }, 'seeded the demo marketplace');
}
await database.close();

// the workers run main.ts (main.js when built) with this process's flags (`--import tsx`)
const main = fileURLToPath(new URL(`./main${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
cluster.setupPrimary({ exec: main });

const listening = new Set<number>();
let stopping = false;

function fork(): Worker {
  // the workers find the database migrated and seeded; they must not seed again
  return cluster.fork({ SEED_DEMO: 'false' });
}

cluster.on('listening', (worker) => {
  listening.add(worker.id);
  if (listening.size === workers) log.info({ workers, port: config.PORT, database: database.kind }, 'all workers are listening');
});

cluster.on('exit', (worker, code, signal) => {
  const wasListening = listening.delete(worker.id);
  if (stopping) return;
  if (!wasListening) {
    // it failed while starting (a port in use, a bad setting): every worker would, so stop
    log.error({ worker: worker.id, code, signal }, 'a worker failed to start; stopping the cluster');
    void stop(1);
    return;
  }
  log.error({ worker: worker.id, code, signal }, 'a worker died; starting a replacement');
  fork();
});

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
  log.info({ workers: alive.length }, 'stopping the workers');
  const exited = alive.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
  // each worker stops accepting, finishes its requests and its running sweep, closes its pool
  for (const w of alive) w.process.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const w of alive) if (!w.isDead()) w.process.kill('SIGKILL');
  }, STOP_GRACE_MS);
  await Promise.all(exited);
  clearTimeout(force);
  process.exit(exitCode);
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

log.info({ workers, port: config.PORT }, 'starting the workers');
for (let i = 0; i < workers; i++) fork();
