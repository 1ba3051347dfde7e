// Vendure as a child process: its schema and catalogue by Vendure's own populate(), then the
// server on a port of the bench's range. Vendure lives in VENDURE_DIR (bootstrap.sh), never in
// the repository's node_modules.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type pg from 'pg';

export const vendureDir = process.env.VENDURE_DIR ?? '/tmp/cm-peers/vendure';

async function run(script: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, [script, ...args], { cwd: vendureDir, stdio: ['ignore', 'inherit', 'inherit'] });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${script} exited with ${String(code)}`);
}

/** Schema (synchronize) and the small catalogue: one channel, zone, tax rate, shipping method, variant. */
export async function populateVendure(databaseUrl: string, port: number): Promise<void> {
  await run('populate.cjs', [databaseUrl, String(port)]);
}

export interface VendureServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startVendure(databaseUrl: string, port: number): Promise<VendureServer> {
  const child: ChildProcess = spawn(process.execPath, ['server.cjs', databaseUrl, String(port)], { cwd: vendureDir, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vendure did not start within 120 s')), 120_000);
    child.once('exit', (code) => reject(new Error(`vendure exited with ${String(code)}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('vendure listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.stdout?.resume();
  // never leave the server behind, even when the bench fails
  const kill = (): void => void child.kill('SIGTERM');
  process.once('exit', kill);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      process.off('exit', kill);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/**
 * One channel per seller (Vendure's multi-vendor model), written before the server starts so its
 * channel cache sees them: codes and tokens `bench-1`…`bench-S`, the default channel's settings,
 * granted to the superadmin role.
 */
export async function createSellerChannels(client: pg.Client, sellers: number): Promise<void> {
  const cols = await columnsOf(client, 'channel');
  const select = cols.map((c) => (c === 'id' ? '1000 + g' : c === 'code' || c === 'token' ? `'bench-' || g` : `c."${c}"`));
  await client.query(
    `insert into channel (${cols.map((c) => `"${c}"`).join(', ')})
    select ${select.join(', ')} from channel c, generate_series(1, $1::int) g where c.code = '__default_channel__'`,
    [sellers],
  );
  await client.query(
    `insert into role_channels_channel ("roleId", "channelId")
    select r.id, 1000 + g from role r, generate_series(1, $1::int) g where r.code = '__super_admin_role__'`,
    [sellers],
  );
  await client.query(`select setval('channel_id_seq', (select max(id) from channel))`);
}

export async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const r = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  );
  return r.rows.map((x) => x.column_name);
}
