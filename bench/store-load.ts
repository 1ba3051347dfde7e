// A first visit to /store in Debian's chromium against the real server (production mode, the
// built web app with its precompressed assets, the demo catalogue), issue 11 item 10: "a full
// load of /store settles in ≤ 1 s on this machine". Each visit opens a fresh browser context
// (cold cache, no cookies) and reports, from navigation start:
//   first paint     first-contentful-paint
//   products shown  the first product card is visible (the page is usable)
//   settled         the products are shown, the load event has fired and the last request has
//                   finished (the network then stays quiet for 500 ms; that wait is not counted)
// Baseline in the same run: the same browser opening the server's /api/health (one small
// answer, nothing to run), so figures from different machines compare as ratios.
//   npm run bench:store-load -w @cloudmart/bench      (needs `npm run build` first)
//   STORE_LOAD_VISITS=20 CHROMIUM_PATH=/usr/bin/chromium …
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { startProcess, stop } from './processes.js';

const VISITS = Number(process.env.STORE_LOAD_VISITS ?? 10);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const built = fileURLToPath(new URL('../apps/web/dist/index.html', import.meta.url));
if (!existsSync(built)) throw new Error('no web build: run `npm run build` first');
if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found (apt-get install -y chromium fonts-wqy-microhei)`);

interface Visit {
  firstPaintMs: number;
  shownMs: number;
  settledMs: number;
}

/** One cold visit; `ready` is what "usable" means for that page. */
async function visit(browser: Browser, url: string, ready: string | null): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  let lastRequestMs = 0;
  const start = Date.now();
  const finished = () => (lastRequestMs = Date.now() - start);
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  await page.goto(url, { waitUntil: 'load' });
  const loadedMs = Date.now() - start;
  if (ready) await page.locator(ready).first().waitFor({ state: 'visible' });
  const shownMs = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const settledMs = Math.max(loadedMs, shownMs, lastRequestMs);
  const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
  await context.close();
  return { firstPaintMs, shownMs, settledMs };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? Number.NaN;
};

const dataDir = await mkdtemp(join(tmpdir(), 'cm-store-load-'));
const port = 3700 + (process.pid % 200);
const base = `http://127.0.0.1:${port}`;
const server = await startProcess(
  ['apps/server/src/main.ts'],
  {
    DATABASE_URL: '',
    NODE_ENV: 'production',
    SESSION_SECRET: 'store-load-bench-secret',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  },
  null,
  `${base}/api/health`,
);
const browser = await chromium.launch({ executablePath: chromiumPath });
try {
  // one warm-up of each, not counted: the server's first answers compile its statements
  await visit(browser, `${base}/api/health`, null);
  await visit(browser, `${base}/store`, '[data-testid="product-card"]');
  const baseline: Visit[] = [];
  const store: Visit[] = [];
  // interleaved, so a slow moment of the machine hits both
  for (let i = 0; i < VISITS; i++) {
    baseline.push(await visit(browser, `${base}/api/health`, null));
    store.push(await visit(browser, `${base}/store`, '[data-testid="product-card"]'));
  }
  const line = (name: string, pick: (v: Visit) => number) => {
    const b = median(baseline.map((v) => v.settledMs));
    const xs = store.map(pick);
    return `${name.padEnd(16)} ${median(xs).toFixed(0).padStart(7)} ${p95(xs).toFixed(0).padStart(7)} ${(median(xs) / b).toFixed(1).padStart(9)}×`;
  };
  console.log(`\n/store, ${VISITS} cold visits (fresh context each), chromium ${browser.version()}, ms from navigation start`);
  console.log(`${'what'.padEnd(16)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'÷ baseline'.padStart(10)}`);
  console.log(line('first paint', (v) => v.firstPaintMs));
  console.log(line('products shown', (v) => v.shownMs));
  console.log(line('settled', (v) => v.settledMs));
  const b = baseline.map((v) => v.settledMs);
  console.log(`${'baseline'.padEnd(16)} ${median(b).toFixed(0).padStart(7)} ${p95(b).toFixed(0).padStart(7)}  (/api/health opened the same way)`);
  const settled = median(store.map((v) => v.settledMs));
  console.log(`target: settled ≤ 1000 ms: ${settled <= 1000 ? 'met' : 'not met'} (${settled.toFixed(0)} ms)`);
} finally {
  await browser.close();
  await stop(server);
  await rm(dataDir, { recursive: true, force: true });
}
