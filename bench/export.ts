// 列表导出 into 我的下载 at scale: the provider's 10,000 open projects of the assignment bench,
// built into a stored CSV file by the outbox handler, against the same rows read and encoded
// as the direct CSV endpoint streams them (the baseline, in the same run). The ratio is what
// building in the background and keeping the file costs over a direct download.
import { projectListFilters } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { projectExport } from '../apps/server/src/modules/delivery/index.js';
import { buildDownload, requestDownload } from '../apps/server/src/platform/downloads/downloads.service.js';
import { downloads } from '../apps/server/src/platform/downloads/downloads.tables.js';
import { csvOf } from '../apps/server/src/platform/downloads/export-kinds.js';
import type { Deps } from '../apps/server/src/platform/module.js';

export interface ExportResult {
  rows: number;
  bytes: number;
  buildP50Ms: number;
  directP50Ms: number;
  ratio: number;
}

const PROVIDER = 'bench-provider';
const USER = 'bench-export-user';

function median(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Needs the data of benchAssignment (bench-prj-* delivered by bench-provider). */
export async function benchExport(deps: Deps, iterations: number): Promise<ExportResult> {
  const audience = { scope: 'provider' as const, sellerId: PROVIDER };
  const filters = projectListFilters.parse({ scope: 'provider' });

  const direct = async (): Promise<{ rows: number; bytes: number }> => {
    let rows = 0;
    let bytes = 0;
    for await (const chunk of csvOf(projectExport, deps, { audience, filters }, (n) => (rows += n))) bytes += Buffer.byteLength(chunk);
    return { rows, bytes };
  };
  const build = async (): Promise<{ rows: number; bytes: number }> => {
    const d = await requestDownload(deps, USER, 'delivery.projects', { audience, filters }, 'bench.csv');
    await buildDownload(deps, d.id);
    const [row] = await deps.db.select({ status: downloads.status, rows: downloads.rows, size: downloads.size }).from(downloads).where(eq(downloads.id, d.id));
    if (row?.status !== 'ready') throw new Error(`bench: the export ended ${row?.status ?? 'missing'}`);
    return { rows: row.rows ?? 0, bytes: row.size ?? 0 };
  };

  const check = await build();
  const expected = await direct();
  if (check.rows !== expected.rows || check.bytes !== expected.bytes || check.rows === 0) {
    throw new Error(`bench: the stored export (${check.rows} rows, ${check.bytes} B) differs from the direct one (${expected.rows}, ${expected.bytes})`);
  }
  const builds: number[] = [];
  const directs: number[] = [];
  // interleaved, so both see the same machine
  for (let i = 0; i < iterations; i++) {
    let t0 = performance.now();
    await direct();
    directs.push(performance.now() - t0);
    t0 = performance.now();
    await build();
    builds.push(performance.now() - t0);
  }
  await deps.db.delete(downloads).where(eq(downloads.userId, USER));
  const buildP50 = median(builds);
  const directP50 = median(directs);
  return { rows: check.rows, bytes: check.bytes, buildP50Ms: buildP50, directP50Ms: directP50, ratio: buildP50 / Math.max(directP50, 0.001) };
}
