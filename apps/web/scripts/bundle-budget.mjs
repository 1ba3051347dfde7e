// After `vite build`: the initial JavaScript of each portal's first page, gzipped, against the budget.
// Initial JS = the entry chunk and its static imports (what index.html modulepreloads), plus the
// chunks the portal's landing route loads before it can paint (its layout and home page, with their
// static imports) and the default language's catalogue and locales. Read from Vite's manifest, so a chunk
// that moves from lazy to eager shows up here.
// The budget is 250 KB (issue 11). Portals not yet within it have a hard limit a little above
// today's size, so the build fails on any growth; lower a limit whenever a portal shrinks, and
// drop it once the portal is within the budget. Exit code 1 when a portal is over its limit.
//   node scripts/bundle-budget.mjs          table, fails when over
//   node scripts/bundle-budget.mjs --json   one JSON object (bench reads it)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 250;
/**
 * Ratchet for portals still over the budget (KB gzip); the others are held to BUDGET_KB. Store,
 * seller, buyer and operator (its home, /operator) are within it since 2026-12-07 (Preact's compat layer instead of react-dom,
 * toasts and dialogs and menu icons loaded after the first paint, light text and panel
 * components on the shells and homes, antd's form context without the form library; see
 * docs/performance.md). The delivery center lands on its project list, with antd's Table,
 * Select and DatePicker. Limits are the measured figures rounded up by at most 5 KB; lower a limit
 * whenever a portal shrinks, and drop it once the portal is within the budget.
 */
export const LIMIT_KB = { delivery: 453 };

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');

/**
 * The source modules each portal's landing page loads lazily before its first paint, with the
 * lazy catalogue sections it shows (zh-CN): the store's top bar strings come with the catalogue,
 * the delivery center's project list fetches 我的下载's.
 */
export const portalEntries = {
  store: [
    'src/features/store/StoreLayout.tsx',
    'src/app/StoreRouteElement.tsx',
    'src/features/store/StoreHomePage.tsx',
    'src/features/store/store.zh-CN.ts',
    'src/features/promotions-buyer/promotions-buyer.zh-CN.ts',
  ],
  seller: ['src/app/seller-routes.tsx', 'src/app/home/SellerHomePage.tsx'],
  buyer: ['src/app/buyer-routes.tsx', 'src/app/home/BuyerHomePage.tsx'],
  operator: ['src/app/operator-routes.tsx', 'src/app/home/OperatorHomePage.tsx'],
  delivery: ['src/app/delivery-routes.tsx', 'src/features/delivery/projects/ProjectsPage.tsx', 'src/features/downloads/downloads.zh-CN.ts'],
};
/**
 * What the default language loads before the first render besides the entry: its catalogue,
 * antd's locale and dayjs's (shared/i18n/index.ts, antd-locale.ts). Matched by the end of the
 * manifest key; one that is missing is in the entry's chunks already.
 */
const defaultLanguageModules = ['src/shared/i18n/zh-CN.ts', 'antd/es/locale/zh_CN.js', 'dayjs/locale/zh-cn.js'];

export function measure(distDir = dist) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const gz = new Map();
  const gzipKb = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length / 1024);
    return gz.get(file);
  };
  const closure = (keys, into = new Set()) => {
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk || into.has(key)) continue;
      into.add(key);
      closure(chunk.imports ?? [], into);
    }
    return into;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('no entry chunk in the manifest');
  const languageKeys = Object.keys(manifest).filter((k) => defaultLanguageModules.some((m) => k.endsWith(m)));
  const portals = Object.entries(portalEntries).map(([portal, modules]) => {
    const keys = closure([entryKey, ...languageKeys, ...modules]);
    const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
    const kb = files.reduce((sum, f) => sum + gzipKb(f), 0);
    const limitKb = Math.max(BUDGET_KB, LIMIT_KB[portal] ?? BUDGET_KB);
    return { portal, gzipKb: Math.round(kb * 10) / 10, chunks: files.length, budgetKb: BUDGET_KB, limitKb, over: kb > limitKb };
  });
  return { budgetKb: BUDGET_KB, portals };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
  } else {
    console.log(`initial JS (gzip) per portal, budget ${BUDGET_KB} KB:`);
    for (const p of result.portals) {
      const note = p.over ? `  OVER THE LIMIT (${p.limitKb} KB)` : p.gzipKb > BUDGET_KB ? `  over budget (limit ${p.limitKb} KB)` : '';
      console.log(`  ${p.portal.padEnd(9)} ${p.gzipKb.toFixed(1).padStart(6)} KB in ${p.chunks} chunks${note}`);
    }
  }
  if (result.portals.some((p) => p.over)) {
    console.error('initial JS grew past its limit (scripts/bundle-budget.mjs)');
    process.exit(1);
  }
}
