// The baseline of bench/order-path.ts, in its own process like the server it is compared with:
// a bare Fastify app on the same driver and pool size, one route doing `select 1` and one doing
// one INSERT. Reads DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite) and PORT; prints "ready".
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { openPglite, openPostgres } from '../apps/server/src/platform/db/client.js';

const database = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite(process.env.DATA_DIR);
await database.db.execute(sql`create table if not exists bench_baseline (id text primary key, at timestamptz not null)`);
const app = Fastify();
app.get('/select', async () => {
  await database.db.execute(sql`select 1`);
  return { ok: true };
});
app.post('/insert', async () => {
  await database.db.execute(sql`insert into bench_baseline (id, at) values (${randomUUID()}, now())`);
  return { ok: true };
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void app.close().then(() => database.close().then(() => process.exit(0)));
});
