// The database a crash run uses: PGlite in a temporary folder, or a fresh PostgreSQL database
// the bench creates and drops. The bench reads it directly for its checks: PostgreSQL at any
// time, PGlite only while the server is stopped (one process at a time may open its folder).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type CrashDbKind = 'pglite' | 'postgres';

/** Rows as plain objects; each check names the columns it selects. */
export type Query = <T extends object>(text: string, params?: unknown[]) => Promise<T[]>;

export interface Reader {
  query: Query;
  close(): Promise<void>;
}

export interface CrashDb {
  kind: CrashDbKind;
  /** the server's DATA_DIR (PGlite keeps its database in DATA_DIR/pglite) */
  dataDir: string;
  /** PostgreSQL only: the bench's database */
  databaseUrl?: string;
  /** whether a reader may be opened while the server runs */
  readableWhileRunning: boolean;
  open(): Promise<Reader>;
  dispose(): Promise<void>;
}

export async function createCrashDb(kind: CrashDbKind, adminUrl: string): Promise<CrashDb> {
  const dataDir = await mkdtemp(join(tmpdir(), `cm-crash-${kind}-`));
  if (kind === 'pglite') {
    return {
      kind,
      dataDir,
      readableWhileRunning: false,
      open: async () => {
        const client = await PGlite.create(join(dataDir, 'pglite'));
        return {
          query: async <T extends object>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
          close: () => client.close(),
        };
      },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `cm_crash_${process.pid}`;
  await admin(adminUrl, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const databaseUrl = u.toString();
  return {
    kind,
    dataDir,
    databaseUrl,
    readableWhileRunning: true,
    open: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return {
        query: async <T extends object>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
        close: () => client.end(),
      };
    },
    dispose: async () => {
      await admin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`).then(() => undefined));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function admin(url: string, fn: (c: pg.Client) => Promise<void>): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await fn(c);
  } finally {
    await c.end();
  }
}
