import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrateDatabase, openPglite, openPostgres } from './client.js';

/**
 * PGlite → PostgreSQL (issue 17 item 9): moves an embedded marketplace onto a PostgreSQL server.
 * The target is migrated to the same schema first and must hold no rows; then every table is
 * copied in foreign-key order, in keyset-paged batches that travel as JSON
 * (`json_agg` out of PGlite, `json_populate_recordset` into PostgreSQL, so every type converts
 * by the database's own text forms), in one target transaction: a failure leaves the target
 * empty. Identity sequences are moved past the copied ids, and each table's row count and
 * checksum are compared on both sides before the commit.
 */
export interface TableCopy {
  table: string;
  rows: number;
  checksum: string;
}

export interface MigrationReport {
  tables: TableCopy[];
  rows: number;
  ms: number;
}

interface TableInfo {
  name: string;
  keys: string[];
  dependsOn: string[];
}

const ident = (s: string): string => `"${s.replaceAll('"', '""')}"`;

async function tablesOf(src: PGlite): Promise<TableInfo[]> {
  const tables = await src.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
  );
  const keys = await src.query<{ table: string; columns: string[] }>(
    `select t.relname as table, array_agg(a.attname order by k.ord) as columns
       from pg_constraint con join pg_class t on t.oid = con.conrelid join pg_namespace n on n.oid = t.relnamespace
       cross join lateral unnest(con.conkey) with ordinality as k(attnum, ord)
       join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
      where n.nspname = 'public' and con.contype = 'p' group by t.relname`,
  );
  const refs = await src.query<{ table: string; ref: string }>(
    `select distinct t.relname as table, r.relname as ref
       from pg_constraint con join pg_class t on t.oid = con.conrelid join pg_class r on r.oid = con.confrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and con.contype = 'f'`,
  );
  const keyOf = new Map(keys.rows.map((k) => [k.table, k.columns]));
  return tables.rows.map(({ name }) => {
    // a table without a primary key (a link table) is copied whole, in one batch
    return { name, keys: keyOf.get(name) ?? [], dependsOn: refs.rows.filter((r) => r.table === name && r.ref !== name).map((r) => r.ref) };
  });
}

/** Parents before children (self-references are left to the key order, which follows creation). */
export function foreignKeyOrder(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo): void => {
    if (done.has(t.name)) return;
    if (visiting.has(t.name)) throw new Error(`foreign keys form a cycle through ${t.name}`);
    visiting.add(t.name);
    for (const d of t.dependsOn) {
      const parent = byName.get(d);
      if (parent) visit(parent);
    }
    visiting.delete(t.name);
    done.add(t.name);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

/**
 * A sum of the rows' md5s (of their text forms): equal on both sides when the copy is exact, and
 * independent of row order, so the two servers' collations cannot make equal tables look different.
 */
const checksumSql = (t: TableInfo): string =>
  `select count(*)::int as n, coalesce(sum(('x' || substr(md5(x::text), 1, 15))::bit(60)::bigint), 0)::text as sum from ${ident(t.name)} x`;

export interface MigrateOptions {
  /** the PGlite data folder (DATA_DIR/pglite) */
  pgliteDir: string;
  /** the target PostgreSQL database; it is migrated, and must hold no rows */
  url: string;
  batchRows?: number;
  log?: (line: string) => void;
}

export async function migratePgliteToPostgres(opts: MigrateOptions): Promise<MigrationReport> {
  const started = performance.now();
  const batch = opts.batchRows ?? 2000;
  const log = opts.log ?? (() => {});
  if (!existsSync(join(opts.pgliteDir, 'PG_VERSION'))) throw new Error(`no embedded database at ${opts.pgliteDir}`);
  // both sides on the same schema version: the source is brought up to date first, the target created
  const source = await openPglite(opts.pgliteDir);
  await migrateDatabase(source);
  await source.close();
  const target = await openPostgres(opts.url, 1);
  await migrateDatabase(target);
  await target.close();

  const src = await PGlite.create(opts.pgliteDir);
  const dst = new pg.Client({ connectionString: opts.url });
  await dst.connect();
  try {
    await src.exec(`set timezone = 'UTC'; set datestyle = 'ISO, YMD'; set extra_float_digits = 3`);
    await dst.query(`set timezone = 'UTC'; set datestyle = 'ISO, YMD'; set extra_float_digits = 3`);
    const tables = foreignKeyOrder(await tablesOf(src));
    for (const t of tables) {
      const r = await dst.query<{ any: boolean }>(`select exists (select 1 from ${ident(t.name)}) as any`);
      if (r.rows[0]?.any) throw new Error(`the target's table ${t.name} holds rows: migrate into an empty database`);
    }
    const copies: TableCopy[] = [];
    await dst.query('begin');
    try {
      for (const t of tables) {
        const keyList = t.keys.map(ident).join(', ');
        const keyed = t.keys.length > 0;
        const order = keyed ? t.keys.map(ident).join(', ') : '1';
        const xOrder = keyed ? t.keys.map((k) => `x.${ident(k)}`).join(', ') : 'x::text';
        let last: string | null = null;
        let rows = 0;
        for (;;) {
          const after: string = last === null ? '' : `where (${keyList}) > (select ${keyList} from json_populate_record(null::${ident(t.name)}, $1::json))`;
          const page: { rows: { rows: string | null; last: string | null; n: number }[] } = await src.query<{
            rows: string | null;
            last: string | null;
            n: number;
          }>(
            `select json_agg(x order by ${xOrder})::text as rows, (array_agg(row_to_json(x)::text order by ${xOrder}))[count(*)] as last, count(*)::int as n
               from (select * from ${ident(t.name)} ${after} order by ${order} ${keyed ? `limit ${batch}` : ''}) x`,
            last === null ? [] : [last],
          );
          const p: { rows: string | null; last: string | null; n: number } | undefined = page.rows[0];
          if (!p || p.n === 0 || p.rows === null) break;
          await dst.query(`insert into ${ident(t.name)} overriding system value select * from json_populate_recordset(null::${ident(t.name)}, $1::json)`, [
            p.rows,
          ]);
          rows += p.n;
          last = p.last;
          if (!keyed || p.n < batch) break;
        }
        const [a, b] = await Promise.all([src.query<{ n: number; sum: string }>(checksumSql(t)), dst.query<{ n: number; sum: string }>(checksumSql(t))]);
        const s = a.rows[0];
        const d = b.rows[0];
        if (!s || !d || s.n !== d.n || s.sum !== d.sum) {
          throw new Error(
            `table ${t.name} differs after the copy: ${s?.n ?? 0} rows (${s?.sum ?? ''}) in PGlite, ${d?.n ?? 0} (${d?.sum ?? ''}) in PostgreSQL`,
          );
        }
        copies.push({ table: t.name, rows, checksum: d.sum });
        if (rows > 0) log(`${t.name}: ${rows} rows`);
      }
      // identity columns: the next generated id follows the copied ones
      const identities = await dst.query<{ table: string; column: string }>(
        `select table_name as table, column_name as column from information_schema.columns where table_schema = 'public' and is_identity = 'YES'`,
      );
      for (const c of identities.rows) {
        await dst.query(`select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${ident(c.column)}) from ${ident(c.table)}), 0) + 1, false)`, [
          `public.${ident(c.table)}`,
          c.column,
        ]);
      }
      await dst.query('commit');
    } catch (err) {
      await dst.query('rollback');
      throw err;
    }
    return { tables: copies, rows: copies.reduce((n, c) => n + c.rows, 0), ms: Math.round(performance.now() - started) };
  } finally {
    await src.close();
    await dst.end();
  }
}
