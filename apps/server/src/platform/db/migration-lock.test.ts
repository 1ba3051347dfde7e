import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../test/global-setup.js';
import { loadConfig } from '../../config.js';
import { migrateDatabase, openDatabase, openPostgres } from './client.js';

// docs/scaling.md named it: "Nothing makes two machines that start at the same moment and migrate the
// same database wait for each other." Now the first takes an advisory lock and the others wait.
const url = process.env.TEST_DATABASE_URL;

/** A new empty database (global teardown drops it with the template's copies). */
async function emptyDatabase(tag: string): Promise<string> {
  const name = `${inject('pgTemplateDb') ?? 'cm'}_f_${tag}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return withDatabase(url ?? '', name);
}

describe.skipIf(!url)('migrations on PostgreSQL', () => {
  it('lets three servers starting at once on an empty database all come up, the schema made once', async () => {
    const target = await emptyDatabase('migr');
    const databases = await Promise.all([1, 2, 3].map(() => openPostgres(target, 2)));
    try {
      const results = await Promise.allSettled(databases.map((d) => migrateDatabase(d)));
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
      const c = new pg.Client({ connectionString: target });
      await c.connect();
      const applied = await c.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
      // pg_locks is the whole server's: other test files hold advisory locks on their own databases meanwhile
      const locks = await c.query<{ n: number }>(
        "select count(*)::int as n from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())",
      );
      await c.end();
      const files = (await import('node:fs')).readdirSync(new URL('../../../drizzle/', import.meta.url)).filter((f) => f.endsWith('.sql'));
      expect(applied.rows[0]?.n).toBe(files.length);
      expect(locks.rows[0]?.n).toBe(0); // released
    } finally {
      await Promise.all(databases.map((d) => d.close()));
    }
  }, 120_000);

  it('sizes each process’s pool by DATABASE_POOL_MAX (default 10)', async () => {
    const config = loadConfig({ DATABASE_URL: await emptyDatabase('pool'), DATABASE_POOL_MAX: '3', DATA_DIR: '/tmp' });
    const database = await openDatabase(config);
    try {
      expect(database.pool?.options.max).toBe(3);
    } finally {
      await database.close();
    }
    expect(loadConfig({ DATA_DIR: '/tmp' }).DATABASE_POOL_MAX).toBe(10);
  });
});
