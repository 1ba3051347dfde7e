import { sql, type SQL } from 'drizzle-orm';
import { DAY } from '../../platform/clock.js';
import type { Db } from '../../platform/db/client.js';
import { timestamptz } from '../../platform/db/timestamptz.js';
import type { Sweep } from '../../platform/scheduler.js';
import { beijingDayStart } from '../../platform/beijing-time.js';
import { analyticsEvents, analyticsPageRollups, analyticsProductRollups, analyticsState } from './analytics.tables.js';

export type Grain = 'day' | 'hour';

/**
 * A session counts towards the bounce of the page it landed on: its first view. Its views are
 * looked for up to this long after the landing (and a session is known to have started within
 * the range when it has no view up to this long before): sessions are short, a day is ample.
 */
const SESSION_HORIZON_MS = DAY;

/** The bucket of an instant: 00:00 Beijing of its day, or its hour (Beijing's offset is whole hours). */
function bucketOf(grain: Grain, at: SQL) {
  return grain === 'day'
    ? sql`((date_trunc('day', (${at} at time zone 'UTC') + interval '8 hours') - interval '8 hours') at time zone 'UTC')`
    : sql`date_trunc('hour', ${at})`;
}

/**
 * Recomputes the rollups of every bucket in [from, to) from the raw events, set-based: one
 * INSERT … SELECT … ON CONFLICT DO UPDATE per table, and the update only where a figure differs,
 * so a re-run over unchanged events changes no row. Returns the rows written.
 *
 * Per bucket and product page (and per page kind): uv = distinct visitors with a view in the
 * bucket (a visitor across midnight counts once on each day), pv = distinct views (viewId within
 * the session, so a re-sent view counts once), stay_ms = the sum over those views of the view's
 * longest 'leave' dwell (0 without one), landings = sessions whose first view is on that page in
 * the bucket, bounces = those sessions with exactly one view. buyers = distinct signed-in accounts.
 */
export async function rollupRange(db: Db, from: Date, to: Date, grain: Grain): Promise<number> {
  const lo = new Date(from.getTime() - SESSION_HORIZON_MS).toISOString();
  const hi = new Date(to.getTime() + SESSION_HORIZON_MS).toISOString();
  const f = from.toISOString();
  const t = to.toISOString();
  // one pass over the raw events: each view (session, viewId) with its longest dwell, no join
  // (a join on CTEs the planner cannot estimate turned into a nested loop)
  const common = sql`
    ev as (
      select * from ${analyticsEvents} e
      where e.at >= ${lo}::timestamptz and e.at < ${hi}::timestamptz
    ),
    v as (
      select session_id, view_id,
        min(at) filter (where type = 'view') as at,
        min(id) filter (where type = 'view') as id,
        min(visitor_id) as visitor_id,
        min(page) filter (where type = 'view') as page,
        min(seller_id) filter (where type = 'view') as seller_id,
        min(product_id) filter (where type = 'view') as product_id,
        max(account_id) as account_id,
        coalesce(max(dwell_ms) filter (where type = 'leave'), 0) as ms
      from ev group by session_id, view_id
      having count(*) filter (where type = 'view') > 0
    ),
    views as (
      select v.*, ${bucketOf(grain, sql`v.at`)} as bucket from v
    ),
    counted as (
      select * from views where at >= ${f}::timestamptz and at < ${t}::timestamptz
    ),
    sessions as (
      select distinct on (session_id) session_id, at, bucket, seller_id, page, product_id,
        count(*) over (partition by session_id) as n
      from views order by session_id, at, id
    ),
    landed as (
      select * from sessions where at >= ${f}::timestamptz and at < ${t}::timestamptz
    )`;

  const productRows = await db.execute(sql`
    with ${common},
    pv as (
      select seller_id, bucket, product_id, count(distinct visitor_id)::int as uv, count(*)::int as pv,
        sum(ms)::bigint as stay_ms, count(distinct account_id)::int as buyers
      from counted where page = 'product' group by seller_id, bucket, product_id
    ),
    land as (
      select seller_id, bucket, product_id, count(*)::int as landings, count(*) filter (where n = 1)::int as bounces
      from landed where page = 'product' group by seller_id, bucket, product_id
    )
    insert into ${analyticsProductRollups} as r (grain, seller_id, bucket, product_id, uv, pv, stay_ms, landings, bounces, buyers)
    select ${grain}, seller_id, bucket, product_id, sum(uv), sum(pv), sum(stay_ms), sum(landings), sum(bounces), sum(buyers)
    from (
      select seller_id, bucket, product_id, uv, pv, stay_ms, 0 as landings, 0 as bounces, buyers from pv
      union all
      select seller_id, bucket, product_id, 0, 0, 0, landings, bounces, 0 from land
    ) x group by seller_id, bucket, product_id
    on conflict (grain, seller_id, bucket, product_id) do update set
      uv = excluded.uv, pv = excluded.pv, stay_ms = excluded.stay_ms, landings = excluded.landings,
      bounces = excluded.bounces, buyers = excluded.buyers
    where (r.uv, r.pv, r.stay_ms, r.landings, r.bounces, r.buyers)
      is distinct from (excluded.uv, excluded.pv, excluded.stay_ms, excluded.landings, excluded.bounces, excluded.buyers)
    returning 1`);

  const pageRows = await db.execute(sql`
    with ${common},
    pv as (
      select seller_id, bucket, page, count(distinct visitor_id)::int as uv, count(*)::int as pv, sum(ms)::bigint as stay_ms
      from counted group by seller_id, bucket, page
    ),
    land as (
      select seller_id, bucket, page, count(*)::int as landings, count(*) filter (where n = 1)::int as bounces
      from landed group by seller_id, bucket, page
    )
    insert into ${analyticsPageRollups} as r (grain, seller_id, bucket, page, uv, pv, stay_ms, landings, bounces)
    select ${grain}, seller_id, bucket, page, sum(uv), sum(pv), sum(stay_ms), sum(landings), sum(bounces)
    from (
      select seller_id, bucket, page, uv, pv, stay_ms, 0 as landings, 0 as bounces from pv
      union all
      select seller_id, bucket, page, 0, 0, 0, landings, bounces from land
    ) x group by seller_id, bucket, page
    on conflict (grain, seller_id, bucket, page) do update set
      uv = excluded.uv, pv = excluded.pv, stay_ms = excluded.stay_ms, landings = excluded.landings, bounces = excluded.bounces
    where (r.uv, r.pv, r.stay_ms, r.landings, r.bounces)
      is distinct from (excluded.uv, excluded.pv, excluded.stay_ms, excluded.landings, excluded.bounces)
    returning 1`);
  return countOf(productRows) + countOf(pageRows);
}

function countOf(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const rows = (result as { rows?: unknown[] }).rows;
  return rows ? rows.length : 0;
}

/** Rolls up the Beijing days [fromDay, toDay) by day and by hour. */
export async function rollupDays(db: Db, fromDay: Date, toDay: Date): Promise<number> {
  return (await rollupRange(db, fromDay, toDay, 'day')) + (await rollupRange(db, fromDay, toDay, 'hour'));
}

const STATE_KEY = 'rollup';

/**
 * The rollup sweep: the days holding events that arrived since the last run (by the raw table's
 * identity watermark), widened by a day each side for sessions across midnight, plus yesterday
 * and today (a transaction that took an id below the watermark but committed after the last run
 * is still counted). Idempotent: a re-run with no new events changes no row.
 */
export async function runRollup(db: Db, now: Date): Promise<number> {
  const [state] = await db
    .select()
    .from(analyticsState)
    .where(sql`${analyticsState.key} = ${STATE_KEY}`);
  const last = state?.lastEventId ?? 0;
  const [fresh] = await db
    .select({
      minAt: sql<string | null>`min(${analyticsEvents.at})`,
      maxAt: sql<string | null>`max(${analyticsEvents.at})`,
      maxId: sql<string | null>`max(${analyticsEvents.id})`,
    })
    .from(analyticsEvents)
    .where(sql`${analyticsEvents.id} > ${last}`);
  const today = beijingDayStart(now);
  let from = new Date(today.getTime() - DAY);
  let to = new Date(today.getTime() + DAY);
  if (fresh?.minAt && fresh.maxAt) {
    const min = new Date(beijingDayStart(new Date(fresh.minAt)).getTime() - DAY);
    const max = new Date(beijingDayStart(new Date(fresh.maxAt)).getTime() + DAY);
    if (min < from) from = min;
    if (max > to) to = max;
  }
  const written = await rollupDays(db, from, to);
  const maxId = fresh?.maxId ? Number(fresh.maxId) : null;
  if (maxId !== null && maxId > last) {
    await db
      .insert(analyticsState)
      .values({ key: STATE_KEY, lastEventId: maxId })
      .onConflictDoUpdate({ target: analyticsState.key, set: { lastEventId: maxId } });
  }
  return written;
}

/** Deletes raw events older than the retention, and hourly rollups of the same age (daily rollups stay). */
export async function sweepRetention(db: Db, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(beijingDayStart(now).getTime() - retentionDays * DAY);
  const gone = await db
    .delete(analyticsEvents)
    .where(sql`${analyticsEvents.at} < ${timestamptz(cutoff)}`)
    .returning({ id: analyticsEvents.id });
  const hours = await db
    .delete(analyticsProductRollups)
    .where(sql`${analyticsProductRollups.grain} = 'hour' and ${analyticsProductRollups.bucket} < ${timestamptz(cutoff)}`)
    .returning({ b: analyticsProductRollups.bucket });
  const pageHours = await db
    .delete(analyticsPageRollups)
    .where(sql`${analyticsPageRollups.grain} = 'hour' and ${analyticsPageRollups.bucket} < ${timestamptz(cutoff)}`)
    .returning({ b: analyticsPageRollups.bucket });
  return gone.length + hours.length + pageHours.length;
}

export function analyticsSweeps(retentionDays: number): Sweep[] {
  return [
    { name: 'analytics.rollup', intervalMs: 5 * 60_000, run: ({ tx, now }) => runRollup(tx, now) },
    { name: 'analytics.retention', intervalMs: 6 * 60 * 60_000, run: ({ tx, now }) => sweepRetention(tx, now, retentionDays) },
  ];
}
