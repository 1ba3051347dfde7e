// Initial JavaScript per portal (gzip) against the web budget, read from the last web build's
// manifest by the same script that fails `npm run build` when a portal is over its limit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface PortalFigure {
  portal: string;
  gzipKb: number;
  chunks: number;
  budgetKb: number;
  limitKb: number;
  over: boolean;
}

const script = fileURLToPath(new URL('../apps/web/scripts/bundle-budget.mjs', import.meta.url));
const manifest = fileURLToPath(new URL('../apps/web/dist/.vite/manifest.json', import.meta.url));

export function reportWebBundle(): void {
  if (!existsSync(manifest)) {
    console.log('web bundle: no build with a manifest yet (npm run build)\n');
    return;
  }
  const r = spawnSync(process.execPath, [script, '--json'], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  const { portals } = JSON.parse(line) as { portals: PortalFigure[] };
  console.log('\nWeb: initial JavaScript per portal (entry + its static imports + the landing page + the zh-CN catalogue and locales), gzip');
  console.log(`${'portal'.padEnd(10)} ${'KB gzip'.padStart(8)} ${'chunks'.padStart(7)} ${'budget'.padStart(7)}  result`);
  for (const p of portals) {
    const verdict = p.gzipKb <= p.budgetKb ? 'within budget' : `over budget by ${(p.gzipKb - p.budgetKb).toFixed(1)} KB`;
    console.log(`${p.portal.padEnd(10)} ${p.gzipKb.toFixed(1).padStart(8)} ${String(p.chunks).padStart(7)} ${String(p.budgetKb).padStart(7)}  ${verdict}`);
  }
  console.log('');
}
