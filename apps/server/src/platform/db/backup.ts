import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Backup and restore of the embedded database (issue 17 item 9). A backup is a folder:
 * - `pglite.tar.gz`: PGlite's own data-directory dump (`dumpDataDir`), taken from a copy opened
 *   read-consistently while the server is stopped;
 * - `files/`: the uploaded files and built exports, copied as they are;
 * - `manifest.json`: when, from where, and the sizes, so a restore can say what it restores.
 * PostgreSQL deployments back up with their own tools (pg_dump, managed snapshots).
 */
export interface BackupManifest {
  format: 'cloudmart-backup/1';
  createdAt: string;
  dataDir: string;
  databaseBytes: number;
  files: number;
}

async function countFiles(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) n++;
  return n;
}

/** Dump `<dataDir>/pglite` and copy `filesDir` into `outDir` (created; must not exist yet). */
export async function backupEmbedded(opts: { dataDir: string; filesDir: string; outDir: string; now: Date }): Promise<BackupManifest> {
  const dbDir = join(opts.dataDir, 'pglite');
  if (!existsSync(dbDir)) throw new Error(`no embedded database at ${dbDir}`);
  if (existsSync(opts.outDir)) throw new Error(`${opts.outDir} exists already; a backup never overwrites one`);
  await mkdir(opts.outDir, { recursive: true });
  const client = await PGlite.create(dbDir);
  try {
    await client.query('checkpoint');
    const dump = await client.dumpDataDir('gzip');
    await writeFile(join(opts.outDir, 'pglite.tar.gz'), Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
  if (existsSync(opts.filesDir)) await cp(opts.filesDir, join(opts.outDir, 'files'), { recursive: true });
  const manifest: BackupManifest = {
    format: 'cloudmart-backup/1',
    createdAt: opts.now.toISOString(),
    dataDir: opts.dataDir,
    databaseBytes: (await stat(join(opts.outDir, 'pglite.tar.gz'))).size,
    files: await countFiles(join(opts.outDir, 'files')),
  };
  await writeFile(join(opts.outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/**
 * Restore a backup into `dataDir` (its `pglite` folder and `filesDir` must not exist: a restore
 * never mixes with live data; move the old data aside first).
 */
export async function restoreEmbedded(opts: { backupDir: string; dataDir: string; filesDir: string }): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(join(opts.backupDir, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== 'cloudmart-backup/1') throw new Error(`unknown backup format ${String(manifest.format)}`);
  const dbDir = join(opts.dataDir, 'pglite');
  if (existsSync(dbDir)) throw new Error(`${dbDir} exists; move it aside before restoring`);
  if (existsSync(opts.filesDir) && (await readdir(opts.filesDir)).length > 0) throw new Error(`${opts.filesDir} is not empty; move it aside before restoring`);
  await mkdir(dbDir, { recursive: true });
  const dump = new Blob([await readFile(join(opts.backupDir, 'pglite.tar.gz'))]);
  const client = await PGlite.create(dbDir, { loadDataDir: dump });
  await client.close();
  if (existsSync(join(opts.backupDir, 'files'))) await cp(join(opts.backupDir, 'files'), opts.filesDir, { recursive: true });
  return manifest;
}
