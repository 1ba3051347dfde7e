// Order placement and payment as a buyer does it: place (with an idempotency key), start the
// payment, complete it in the sandbox (which runs the provider callback). One "order" is
// those three requests; throughput is compared with a bare route doing one INSERT.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import type { Database } from '../apps/server/src/platform/db/client.js';

export interface PlacementResult {
  baselineInsertsPerSec: number;
  ordersPerSec: number;
  ratio: number;
  errors: number;
}

async function sessionOf(appUrl: string, loginName: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName, password: 'Demo1234' }),
  });
  const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = pairs.find((p) => p.startsWith('cm_csrf='))?.slice('cm_csrf='.length) ?? '';
  return { cookie: pairs.join('; '), csrf };
}

export async function benchPlacement(database: Database, appUrl: string, productId: string, specId: string, seconds: number): Promise<PlacementResult> {
  await database.db.execute(sql`create table if not exists bench_baseline (id text primary key, at timestamptz not null)`);
  const bare = Fastify();
  bare.post('/insert', async () => {
    await database.db.execute(sql`insert into bench_baseline (id, at) values (${randomUUID()}, now())`);
    return { ok: true };
  });
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
  const base = await autocannon({ url: `${bareUrl}/insert`, method: 'POST', connections: 10, duration: seconds });
  await bare.close();

  const { cookie, csrf } = await sessionOf(appUrl, 'buyer');
  const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
  let orders = 0;
  let errors = 0;
  const started = performance.now();
  // each connection loops: place → pay → complete
  const r = await autocannon({
    url: appUrl,
    connections: 10,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/buyer/orders',
        setupRequest: (req) => ({
          ...req,
          headers: { ...headers, 'idempotency-key': randomUUID() },
          body: JSON.stringify({ productId, specId, unit: 'month', duration: 1, quantity: 1, showContact: false }),
        }),
        onResponse: (status, body, context) => {
          if (status !== 201) errors++;
          else Reflect.set(context, 'orderId', JSON.parse(body).id);
        },
      },
      {
        method: 'POST',
        setupRequest: (req, context) => ({ ...req, path: `/api/v1/buyer/orders/${String(Reflect.get(context, 'orderId'))}/pay`, headers, body: '{}' }),
        onResponse: (status, body, context) => {
          if (status !== 200) errors++;
          else Reflect.set(context, 'paymentId', JSON.parse(body).paymentId);
        },
      },
      {
        method: 'POST',
        setupRequest: (req, context) => ({
          ...req,
          path: `/api/v1/payments/sandbox/${String(Reflect.get(context, 'paymentId'))}/complete`,
          headers,
          body: '{}',
        }),
        onResponse: (status) => {
          if (status !== 200) errors++;
          else orders++;
        },
      },
    ],
  });
  const elapsed = (performance.now() - started) / 1000;
  void r;
  const ordersPerSec = orders / elapsed;
  return { baselineInsertsPerSec: base.requests.average, ordersPerSec, ratio: ordersPerSec / base.requests.average, errors };
}
