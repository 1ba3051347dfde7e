// npm run backup [-- OUT_DIR]: the embedded database and the uploaded files, into a new folder
// (default ./backups/cloudmart-<time>). Stop the server first: PGlite is one process's database.
import { join } from 'node:path';
import { loadConfig } from '../apps/server/src/config.js';
import { backupEmbedded } from '../apps/server/src/platform/db/backup.js';

const config = loadConfig();
if (config.DATABASE_URL) {
  console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump or your provider’s snapshots.');
  process.exit(2);
}
const now = new Date();
const outDir = process.argv[2] ?? join('backups', `cloudmart-${now.toISOString().replace(/[:.]/g, '-')}`);
const m = await backupEmbedded({ dataDir: config.DATA_DIR, filesDir: config.filesDir, outDir, now });
console.log(`backed up ${config.DATA_DIR} into ${outDir}: database ${(m.databaseBytes / 1024 / 1024).toFixed(1)} MB (gzip), ${m.files} files`);
