import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { rowsOf } from '../scheduler.js';

type Counted = { current: number; ttl: number };
type Done = (error: Error | null, result?: Counted) => void;

/** This process's own count of a key's window (its first line of defence). */
interface LocalWindow {
  hits: number;
  startedMs: number;
}

/** Keys a process remembers at most; the oldest go first (a flood of addresses cannot grow it). */
const LOCAL_KEYS = 10_000;

/**
 * @fastify/rate-limit's counts kept in the database, so every server process of one database
 * shares a client's budget (three processes behind a proxy used to give each address three
 * budgets). A window is one row per route and address: the first hit starts it, hits after its
 * end start a new one, all in one upsert, so racing processes count every hit once.
 *
 * Each process also counts on its own, and once its own count is past the budget it refuses
 * without writing: a flood from one address costs at most `max` writes per process and window.
 * Windows are timed by the clock given (the app passes the system clock, which the processes of one
 * machine or of a synchronised fleet share; tests pass a manual one).
 */
export function sharedRateStore(
  db: Db,
  clock: Clock,
): new (options?: unknown) => FastifyRateLimitStore & { child(routeOptions: object): FastifyRateLimitStore } {
  class SharedRateStore implements FastifyRateLimitStore {
    private readonly local = new Map<string, LocalWindow>();

    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, done: Done, timeWindow: number, max: number): void {
      const now = clock.now().getTime();
      const full = `${this.prefix}${key}`;
      const mine = this.countLocally(full, now, timeWindow);
      if (mine.hits > max) {
        done(null, { current: mine.hits, ttl: Math.max(0, mine.startedMs + timeWindow - now) });
        return;
      }
      hit(db, full, timeWindow, clock.now()).then(
        (counted) => done(null, counted),
        (err: unknown) => done(err instanceof Error ? err : new Error(String(err))),
      );
    }

    /** The plugin makes one store per limited route; its windows are keyed by the route too. */
    child(routeOptions: object): FastifyRateLimitStore {
      return new SharedRateStore(undefined, `${this.prefix}${routeKey(routeOptions)}|`);
    }

    private countLocally(key: string, now: number, timeWindow: number): LocalWindow {
      let w = this.local.get(key);
      if (!w || w.startedMs + timeWindow <= now) {
        w = { hits: 0, startedMs: now };
        this.local.delete(key);
        if (this.local.size >= LOCAL_KEYS) this.local.delete(this.local.keys().next().value ?? '');
        this.local.set(key, w);
      }
      w.hits++;
      return w;
    }
  }
  return SharedRateStore;
}

/** `POST /api/v1/auth/login` from the plugin's per-route options (`routeInfo` is the route). */
function routeKey(routeOptions: object): string {
  const info: unknown = 'routeInfo' in routeOptions ? routeOptions.routeInfo : null;
  if (!info || typeof info !== 'object') return '';
  const method: unknown = 'method' in info ? info.method : '';
  const url: unknown = 'url' in info ? info.url : '';
  return `${Array.isArray(method) ? method.join(',') : String(method)} ${String(url)}`;
}

/** One hit on a key's shared window at `now`: its hit count and the milliseconds it has left. */
export async function hit(db: Db, key: string, windowMs: number, now: Date): Promise<Counted> {
  const at = now.toISOString();
  const expired = new Date(now.getTime() - windowMs).toISOString();
  const [row] = rowsOf<{ hits: number; started_ms: number | string }>(
    await db.execute(sql`
      insert into rate_limit_windows as w (key, started_at, hits) values (${key}, ${at}::timestamptz, 1)
      on conflict (key) do update set
        hits = case when w.started_at <= ${expired}::timestamptz then 1 else w.hits + 1 end,
        started_at = case when w.started_at <= ${expired}::timestamptz then ${at}::timestamptz else w.started_at end
      returning w.hits, extract(epoch from w.started_at) * 1000 as started_ms`),
  );
  if (!row) throw new Error('rate limit window not written');
  return { current: Number(row.hits), ttl: Math.max(0, Math.round(Number(row.started_ms) + windowMs - now.getTime())) };
}

/** Windows idle for an hour are forgotten (a window lasts a minute). */
export async function forgetIdleWindows(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 3_600_000).toISOString();
  const gone = rowsOf<{ key: string }>(await db.execute(sql`delete from rate_limit_windows where started_at < ${cutoff}::timestamptz returning key`));
  return gone.length;
}
