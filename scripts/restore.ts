// npm run restore -- BACKUP_DIR: into DATA_DIR, which must hold no database and no files yet.
import { loadConfig } from '../apps/server/src/config.js';
import { restoreEmbedded } from '../apps/server/src/platform/db/backup.js';

const backupDir = process.argv[2];
if (!backupDir) {
  console.error('usage: npm run restore -- BACKUP_DIR   (DATA_DIR, default ./data, must hold no database yet)');
  process.exit(2);
}
const config = loadConfig();
const m = await restoreEmbedded({ backupDir, dataDir: config.DATA_DIR, filesDir: config.filesDir });
console.log(`restored the backup of ${m.createdAt} (${m.files} files) into ${config.DATA_DIR}; npm start serves it`);
