// 经营数据 at scale: N raw page events generated set-based in SQL over the last 30 days (10 % of
// them on one seller's products, the rest over 1,000 other sellers), rolled up by the module's
// own rollup, then the 总览 of a month (30 days) timed as one seller's browser sees it, and the
// ingestion throughput of POST /api/v1/track against a bare route doing one INSERT.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { beijingDate, beijingDayStart } from '../apps/server/src/platform/beijing-time.js';
import type { Database } from '../apps/server/src/platform/db/client.js';
import { rollupDays } from '../apps/server/src/modules/analytics/index.js';

export interface AnalyticsBenchResult {
  events: number;
  generateMs: number;
  rollupMs: number;
  overviewP50Ms: number;
  overviewP95Ms: number;
  trackPerSec: number;
  insertPerSec: number;
  ratio: number;
}

const DAY = 86_400_000;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

function rowsOf<T>(r: unknown): T[] {
  return (r as { rows: T[] }).rows;
}

export async function benchAnalytics(database: Database, appUrl: string, seconds: number): Promise<AnalyticsBenchResult> {
  const db = database.db;
  const events = Number(process.env.ANALYTICS_BENCH_EVENTS ?? (database.kind === 'pg' ? 10_000_000 : 200_000));
  const [seller] = rowsOf<{ seller_id: string; ids: string[] }>(
    await db.execute(sql`select p.seller_id, array_agg(p.id) as ids from products p join sellers s on s.id = p.seller_id
      where s.code = 'demoisv' group by p.seller_id`),
  );
  if (!seller) throw new Error('no demo seller');
  const now = new Date();
  const to = new Date(beijingDayStart(now).getTime() + DAY);
  const from = new Date(to.getTime() - 30 * DAY);
  const ids = seller.ids;

  // g even: a view, g odd: its leave. 3 views a session, 2 sessions a visitor; sessions spread over
  // the 30 days; 10 % of sessions on the demo seller (its products, its shop page, order pages).
  const t0 = performance.now();
  const chunk = 1_000_000;
  for (let start = 0; start < events; start += chunk) {
    const end = Math.min(events, start + chunk) - 1;
    await db.execute(sql`
      insert into analytics_events (at, visitor_id, session_id, view_id, type, page, seller_id, product_id, dwell_ms)
      select ${from.toISOString()}::timestamptz + ((s * 7919) % (30 * 86400)) * interval '1 second' + (g % 6) * interval '20 second',
        'v' || (s / 2), 's' || s, 'w' || (g / 2),
        case when g % 2 = 0 then 'view' else 'leave' end,
        case when s % 20 = 0 then 'shop' when s % 20 = 1 and g % 6 >= 4 then 'order' else 'product' end,
        case when s % 10 < 1 then ${seller.seller_id} else 'bench_seller_' || (s % 1000) end,
        case when s % 20 = 0 and s % 10 < 1 then null
             when s % 10 < 1 then (${`{${ids.join(',')}}`}::text[])[1 + (g / 2) % ${ids.length}]
             else 'bench_product_' || ((g / 2) % 20000) end,
        case when g % 2 = 1 then (g * 37) % 120000 else null end
      from generate_series(${start}::bigint, ${end}::bigint) g, lateral (select g / 6 as s) x`);
  }
  await db.execute(sql`analyze analytics_events`);
  const generateMs = performance.now() - t0;

  const t1 = performance.now();
  // one day at a time keeps each statement's sort within memory
  for (let d = from.getTime(); d < to.getTime(); d += DAY) await rollupDays(db, new Date(d), new Date(d + DAY));
  await db.execute(sql`analyze analytics_product_rollups`);
  await db.execute(sql`analyze analytics_page_rollups`);
  const rollupMs = performance.now() - t1;

  const login = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName: 'demo', password: 'Demo1234' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const url = `${appUrl}/api/v1/seller/analytics/overview?period=month&date=${beijingDate(now)}`;
  const times: number[] = [];
  for (let i = 0; i < 220; i++) {
    const s = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`overview answered ${res.status}`);
    if (i >= 20) times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);

  await db.execute(sql`create table if not exists bench_baseline (id text primary key, at timestamptz not null)`);
  const bare = Fastify();
  bare.post('/insert', async () => {
    await db.execute(sql`insert into bench_baseline (id, at) values (${randomUUID()}, now())`);
    return { ok: true };
  });
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
  const base = await autocannon({ url: `${bareUrl}/insert`, method: 'POST', connections: 10, duration: seconds });
  await bare.close();
  const product = ids[0] ?? '';
  const track = await autocannon({
    url: `${appUrl}/api/v1/track`,
    method: 'POST',
    connections: 10,
    duration: seconds,
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': UA, cookie: 'cm_vid=benchVisitor000000001' },
    body: JSON.stringify({ sessionId: 'benchSession01', events: [{ viewId: 'benchView0001', type: 'view', page: 'product', productId: product }] }),
  });
  if (track.non2xx > 0) throw new Error(`track: ${track.non2xx} non-2xx answers`);
  return {
    events,
    generateMs,
    rollupMs,
    overviewP50Ms: times[Math.floor(times.length * 0.5)] ?? 0,
    overviewP95Ms: times[Math.floor(times.length * 0.95)] ?? 0,
    trackPerSec: track.requests.average,
    insertPerSec: base.requests.average,
    ratio: track.requests.average / base.requests.average,
  };
}

export function analyticsLine(r: AnalyticsBenchResult): string {
  return [
    `经营数据: ${r.events.toLocaleString('en-US')} raw events generated in ${(r.generateMs / 1000).toFixed(1)} s, rolled up (30 days, day + hour) in ${(r.rollupMs / 1000).toFixed(1)} s`,
    `  总览 of a month (30 days), one client: p50 ${r.overviewP50Ms.toFixed(1)} ms, p95 ${r.overviewP95Ms.toFixed(1)} ms (target ≤ 150 ms on PostgreSQL)`,
    `  POST /api/v1/track (one event): ${r.trackPerSec.toFixed(0)} req/s vs bare INSERT route ${r.insertPerSec.toFixed(0)} req/s → ratio ${r.ratio.toFixed(2)}`,
  ].join('\n');
}
