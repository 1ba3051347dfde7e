import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { DEMO_PASSWORD, seedDemo } from '../../seed/demo.js';
import { withDatabase } from '../../test/global-setup.js';
import { Agent, TEST_START } from '../../test/harness.js';
import { ManualClock } from '../clock.js';
import { migrateDatabase, openPglite, openPostgres, type Database } from './client.js';
import { foreignKeyOrder, migratePgliteToPostgres, type MigrationReport } from './to-postgres.js';

// issue 17 item 9: "a PGlite → PostgreSQL migration command" — the whole demo marketplace, made by the
// real services on PGlite, moves to PostgreSQL and is served from there as it was.
const url = process.env.TEST_DATABASE_URL;
const root = await mkdtemp(join(tmpdir(), 'cm-to-pg-'));
const pgliteDir = join(root, 'pglite');
const config = loadConfig({ NODE_ENV: 'test', CLOCK: 'manual', LOG_LEVEL: 'silent', DATA_DIR: root });

async function emptyDatabase(): Promise<string> {
  const name = `${inject('pgTemplateDb') ?? 'cm'}_f_topg_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return withDatabase(url ?? '', name);
}

async function loginCounts(database: Database) {
  const built = await buildApp({ config, database, clock: new ManualClock(TEST_START), logger: false });
  await built.app.ready();
  try {
    const seller = new Agent(built);
    const login = await seller.post('/api/v1/auth/login', { loginName: 'demo', password: DEMO_PASSWORD });
    expect(login.statusCode).toBe(200);
    const orders = await seller.get('/api/v1/seller/orders?pageSize=1');
    expect(orders.statusCode).toBe(200);
    return { orders: (orders.json() as { total: number }).total };
  } finally {
    await built.app.close();
  }
}

describe('foreignKeyOrder', () => {
  it('puts parents first and refuses a cycle', () => {
    const t = (name: string, ...dependsOn: string[]) => ({ name, keys: ['id'], dependsOn });
    expect(foreignKeyOrder([t('orders', 'users', 'sellers'), t('sellers', 'users'), t('users')]).map((x) => x.name)).toEqual(['users', 'sellers', 'orders']);
    expect(() => foreignKeyOrder([t('a', 'b'), t('b', 'a')])).toThrow(/cycle/);
  });

  it('refuses a folder without an embedded database before it touches the target', async () => {
    await expect(migratePgliteToPostgres({ pgliteDir: join(root, 'nothing-here'), url: 'postgres://127.0.0.1:1/none' })).rejects.toThrow(
      /no embedded database/,
    );
  });
});

describe.skipIf(!url)('PGlite → PostgreSQL', () => {
  let report: MigrationReport;
  let target: string;
  let pgliteOrders: number;

  beforeAll(async () => {
    const source = await openPglite(pgliteDir);
    await migrateDatabase(source);
    const clock = new ManualClock(TEST_START);
    const built = await buildApp({ config, database: source, clock, logger: false });
    await seedDemo(built.deps.db, clock.now(), { config, dbKind: 'pglite' });
    await built.deps.outbox.drain();
    await built.app.close();
    await source.close();
    const again = await openPglite(pgliteDir);
    try {
      pgliteOrders = (await loginCounts(again)).orders;
    } finally {
      await again.close();
    }
    target = await emptyDatabase();
    report = await migratePgliteToPostgres({ pgliteDir, url: target });
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('copies every table with equal row counts and checksums', () => {
    expect(report.rows).toBeGreaterThan(500);
    for (const table of ['users', 'orders', 'instances', 'ledger_entries', 'outbox_events']) {
      expect(report.tables.find((t) => t.table === table)?.rows, table).toBeGreaterThan(0);
    }
  });

  it('serves the same marketplace from PostgreSQL: the demo seller logs in and sees the same orders', async () => {
    const database = await openPostgres(target, 2);
    try {
      expect((await loginCounts(database)).orders).toBe(pgliteOrders);
    } finally {
      await database.close();
    }
  });

  it('moves identity sequences past the copied ids, so the next insert does not collide', async () => {
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    try {
      const { rows } = await c.query<{ table: string; column: string }>(
        `select table_name as table, column_name as column from information_schema.columns where table_schema = 'public' and is_identity = 'YES'`,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const max = await c.query<{ m: string | null }>(`select max("${r.column}")::text as m from "${r.table}"`);
        const next = await c.query<{ v: string }>(`select nextval(pg_get_serial_sequence($1, $2))::text as v`, [r.table, r.column]);
        expect(BigInt(next.rows[0]?.v ?? '0'), r.table).toBeGreaterThan(BigInt(max.rows[0]?.m ?? '0'));
      }
    } finally {
      await c.end();
    }
  });

  it('refuses a target that holds rows, and leaves it as it was', async () => {
    await expect(migratePgliteToPostgres({ pgliteDir, url: target })).rejects.toThrow(/holds rows/);
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    const n = await c.query<{ n: number }>('select count(*)::int as n from orders');
    await c.end();
    expect(n.rows[0]?.n).toBe(report.tables.find((t) => t.table === 'orders')?.rows);
  });
});
