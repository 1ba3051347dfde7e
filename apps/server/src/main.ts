import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { ManualClock, systemClock } from './platform/clock.js';
import { openDatabase } from './platform/db/client.js';
import { DEMO_PASSWORD, demoLogins, isSeeded, seedDemo } from './seed/demo.js';

const config = loadConfig();
const clock = config.CLOCK === 'manual' ? new ManualClock() : systemClock;
const database = await openDatabase(config);
const { app, deps } = await buildApp({ config, database, clock });

if (config.SEED_DEMO && !(await isSeeded(deps.db))) {
  const started = performance.now();
  await seedDemo(deps.db, clock.now(), { config, dbKind: database.kind });
  app.log.info({ ms: Math.round(performance.now() - started) }, 'seeded the demo marketplace');
}
if (config.SCHEDULER) deps.scheduler.start();

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  try {
    await app.close(); // stops accepting, finishes in-flight requests, stops the scheduler
    await database.close();
    clearTimeout(force);
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ host: config.HOST, port: config.PORT });
const url = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
const lines = [
  '',
  `Cloudmart is running at ${url}  (API docs: ${url}/api/docs, database: ${database.kind}${database.kind === 'pglite' ? ` in ${config.DATA_DIR}` : ''}, clock: ${clock.kind})`,
  config.SEED_DEMO ? `Demo logins (password ${DEMO_PASSWORD} for each, as seeded):` : '',
  ...(config.SEED_DEMO ? demoLogins.map((d) => `  ${d.login.padEnd(18)} ${d.role}`) : []),
  '',
];
process.stdout.write(lines.filter((l, i) => l !== '' || i === 0 || i === lines.length - 1).join('\n') + '\n');
