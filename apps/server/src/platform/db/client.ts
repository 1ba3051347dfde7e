import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { PostgresChangeFeed, pgliteChangeFeed, type ChangeFeed } from './change-feed.js';

/**
 * One type for both drivers; a transaction is assignable to it too. No schema is given to drizzle:
 * the app builds every query from the tables (no relational `db.query`), and a schema would make
 * drizzle build a query builder per table for every transaction (~30 µs each, docs/performance.md).
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'pg';
  /** PostgreSQL only: the pool, for work that needs one session (the migration lock) */
  pool?: pg.Pool;
  /** committed changes that triggers announce (change-feed.ts), from this process and every other one */
  changes: ChangeFeed;
  close(): Promise<void>;
}

/** The session advisory lock migrations hold on PostgreSQL (any constant; this one spells "cmmg"). */
export const MIGRATION_LOCK = 0x636d6d67;

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export async function openPglite(dataDir: string | undefined, opts: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? 'memory://', opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
  const db = drizzlePglite({ client }) as unknown as Db;
  const changes = await pgliteChangeFeed(client);
  return { db, kind: 'pglite', changes, close: () => client.close() };
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  // every pooled session listens before its first use (change-feed.ts)
  const changes = new PostgresChangeFeed();
  const pool = new pg.Pool({ connectionString: url, max, onConnect: changes.onConnect });
  changes.attach(pool);
  const db = drizzlePg({ client: pool }) as unknown as Db;
  return {
    db,
    kind: 'pg',
    pool,
    changes,
    close: async () => {
      await changes.close();
      await pool.end();
    },
  };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder });
    return;
  }
  // Several processes or machines may start at once on one database: the first to take the lock
  // migrates, the others wait for it and then find nothing left to do. The lock is held on a
  // connection of its own, outside the pool (a pool of one would otherwise wait for itself).
  const session = database.pool ? new pg.Client(database.pool.options) : null;
  await session?.connect();
  try {
    await session?.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(database.db as unknown as Parameters<typeof migratePg>[0], { migrationsFolder });
  } finally {
    await session?.end(); // ending the session releases its lock
  }
}

export async function openDatabase(cfg: { DATABASE_URL?: string; DATABASE_POOL_MAX?: number; DATA_DIR: string }): Promise<Database> {
  const database = cfg.DATABASE_URL ? await openPostgres(cfg.DATABASE_URL, cfg.DATABASE_POOL_MAX ?? 10) : await openPglite(`${cfg.DATA_DIR}/pglite`);
  await migrateDatabase(database);
  return database;
}
