// npm run to-postgres -- postgres://user@host:5432/db : copies the embedded database (DATA_DIR/pglite)
// into an empty PostgreSQL database, checks every table's rows and checksum, then says how to start
// on it. Stop the server first: PGlite is one process's database. Uploaded files stay in DATA_DIR/files.
import { join } from 'node:path';
import { loadConfig } from '../apps/server/src/config.js';
import { migratePgliteToPostgres } from '../apps/server/src/platform/db/to-postgres.js';

const url = process.argv[2];
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error('usage: npm run to-postgres -- postgres://user:password@host:5432/database   (an empty database; DATA_DIR, default ./data, is read)');
  process.exit(2);
}
const config = loadConfig({ ...process.env, DATABASE_URL: '' });
const report = await migratePgliteToPostgres({ pgliteDir: join(config.DATA_DIR, 'pglite'), url, log: (line) => console.log(`  ${line}`) }).catch(
  (err: unknown) => {
    console.error(`nothing was copied: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
console.log(`copied ${report.rows} rows in ${report.tables.length} tables in ${(report.ms / 1000).toFixed(1)} s; every table's checksum matches.`);
console.log(`start on it with: DATABASE_URL=${url.replace(/:[^:@/]+@/, ':***@')} npm start`);
