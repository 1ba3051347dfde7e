// Browser journeys: builds the web app, starts a real server on a fresh embedded database
// with the manual clock, runs Playwright against it with Debian's chromium, stops it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const msg = `browser suite skipped: ${chromium} not found (install with: apt-get install -y chromium fonts-wqy-microhei)`;
  if (process.env.CI === 'true') {
    console.error(msg.replace('skipped', 'FAILED'));
    process.exit(1);
  }
  console.log(msg);
  process.exit(0);
}

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;
if (run('npm', ['run', '-s', 'build', '-w', '@cloudmart/web']) !== 0) process.exit(1);

const port = process.env.E2E_PORT ?? '3100';
const dataDir = mkdtempSync(join(tmpdir(), 'cm-e2e-'));
// node itself (not npx) so that SIGTERM reaches the server and not a wrapper
const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, DATABASE_URL: '', PORT: port, HOST: '127.0.0.1', DATA_DIR: dataDir, CLOCK: 'manual', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
});
const base = `http://127.0.0.1:${port}`;

async function waitHealthy() {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not become healthy in 60 s');
}

let code = 1;
try {
  await waitHealthy();
  const reporter = process.env.E2E_JSON ? ['--reporter=list,json'] : [];
  // extra arguments go to Playwright (a spec file, --repeat-each=3, ...)
  code = run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...reporter, ...process.argv.slice(2)], {
    env: {
      ...process.env,
      E2E_BASE_URL: base,
      CHROMIUM_PATH: chromium,
      ...(process.env.E2E_JSON ? { PLAYWRIGHT_JSON_OUTPUT_NAME: process.env.E2E_JSON } : {}),
    },
  });
} catch (err) {
  console.error(err);
} finally {
  if (code !== 0) printFailureContexts();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);

// A failed journey leaves the page's accessibility snapshot in error-context.md; CI keeps only
// the output, so print it (an error alert or a toast on the page says why an expect failed).
function printFailureContexts() {
  const results = 'e2e/test-results';
  if (!existsSync(results)) return;
  for (const entry of readdirSync(results, { recursive: true })) {
    const file = String(entry);
    if (!file.endsWith('error-context.md')) continue;
    const text = readFileSync(join(results, file), 'utf8');
    console.log(`\n----- ${join(results, file)} -----\n${text.length > 12_000 ? `${text.slice(0, 12_000)}\n… (${text.length} characters)` : text}`);
  }
}
