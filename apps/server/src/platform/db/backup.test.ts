import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { backupEmbedded, restoreEmbedded } from './backup.js';

// issue 17 item 9: "Backup and restore of the embedded database (npm run backup / npm run restore,
// round-trip tested)"
const root = await mkdtemp(join(tmpdir(), 'cm-backup-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('backup and restore of the embedded database', () => {
  it('round-trips the database and the uploaded files, and never overwrites', async () => {
    const dataDir = join(root, 'data');
    const filesDir = join(dataDir, 'files');
    await mkdir(join(dataDir, 'pglite'), { recursive: true });
    const db = await PGlite.create(join(dataDir, 'pglite'));
    await db.exec("create table probe (id int primary key, note text); insert into probe values (1, '星河科技'), (2, 'second');");
    await db.close();
    await mkdir(join(filesDir, 'ab'), { recursive: true });
    await writeFile(join(filesDir, 'ab', 'upload.pdf'), '%PDF-1.4 probe');

    const outDir = join(root, 'backup-1');
    const made = await backupEmbedded({ dataDir, filesDir, outDir, now: new Date('2026-12-06T03:00:00Z') });
    expect(made).toMatchObject({ format: 'cloudmart-backup/1', files: 1, createdAt: '2026-12-06T03:00:00.000Z' });
    await expect(backupEmbedded({ dataDir, filesDir, outDir, now: new Date() })).rejects.toThrow(/never overwrites/);

    // a restore refuses to mix with live data
    await expect(restoreEmbedded({ backupDir: outDir, dataDir, filesDir })).rejects.toThrow(/move it aside/);

    const target = join(root, 'restored');
    await restoreEmbedded({ backupDir: outDir, dataDir: target, filesDir: join(target, 'files') });
    const back = await PGlite.create(join(target, 'pglite'));
    const rows = await back.query<{ id: number; note: string }>('select id, note from probe order by id');
    await back.close();
    expect(rows.rows).toEqual([
      { id: 1, note: '星河科技' },
      { id: 2, note: 'second' },
    ]);
    expect(await readFile(join(target, 'files', 'ab', 'upload.pdf'), 'utf8')).toBe('%PDF-1.4 probe');
  }, 120_000);
});
