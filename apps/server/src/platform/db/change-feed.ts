// Committed changes, announced by the database itself: a statement trigger runs
// `pg_notify('cm_changes', topic)` (migration 0020), and PostgreSQL delivers the notification
// when the writing transaction commits, to every session listening on the channel. Nothing is
// announced for a rolled-back write, and no write path can forget to announce: plain SQL typed
// into psql fires the triggers too.
//
// Ordering, which is what makes a cache on top of this safe:
// - Every pooled session listens. The session that commits receives its own notification
//   before its COMMIT (or autocommitted statement) returns, so a change this process makes is
//   seen before the request that made it answers (change-feed.test.ts checks it on both drivers).
// - A change made by another process arrives as soon as one of our sessions reads its socket. A
//   dedicated listening session, outside the pool, is always there to read it, also when the
//   pool holds no idle session.
// - While that dedicated session is down (or not yet up) `live` is false: a change could go
//   unheard, so nothing may be served on the strength of the feed. When it comes back, a `gap`
//   event says that changes may have been missed.
// PGlite is one session in this process: its notifications arrive before the committing query
// returns, and it is always live.
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export const CHANGES_CHANNEL = 'cm_changes';

/** A topic a trigger announced, or a gap: changes may have gone unheard, forget what was cached. */
export type ChangeEvent = { topic: string } | { gap: true };

export interface ChangeFeed {
  /** fn for every committed change and every gap; returns the unsubscribe */
  subscribe(fn: (e: ChangeEvent) => void): () => void;
  /** true while every committed change is announced to this process */
  readonly live: boolean;
  close(): Promise<void>;
}

class Subscribers {
  readonly fns = new Set<(e: ChangeEvent) => void>();
  emit(e: ChangeEvent): void {
    for (const fn of this.fns) fn(e);
  }
}

export async function pgliteChangeFeed(client: PGlite): Promise<ChangeFeed> {
  const subs = new Subscribers();
  const unlisten = await client.listen(CHANGES_CHANNEL, (topic) => subs.emit({ topic }));
  return {
    live: true,
    subscribe(fn) {
      subs.fns.add(fn);
      return () => subs.fns.delete(fn);
    },
    close: () => (client.closed ? Promise.resolve() : unlisten()),
  };
}

const RETRY_MS = { first: 100, max: 5_000 };

/**
 * Call before the pool's first query: from then on every session the pool opens listens first.
 * The dedicated session starts with the first subscriber (a process that only migrates or
 * copies data never opens it).
 */
export function postgresChangeFeed(pool: pg.Pool): ChangeFeed {
  const subs = new Subscribers();
  const onNotification = (n: pg.Notification) => {
    if (n.channel === CHANGES_CHANNEL) subs.emit({ topic: n.payload ?? '' });
  };
  pool.on('connect', (client) => {
    client.on('notification', onNotification);
    // queued ahead of whatever the pool hands this session out for; should it fail, only the
    // same-session ordering is lost (the dedicated session still hears every change)
    client.query(`listen ${CHANGES_CHANNEL}`).catch(() => undefined);
  });

  let listener: pg.Client | null = null;
  let started = false;
  let closed = false;
  let retryMs = RETRY_MS.first;
  let retry: NodeJS.Timeout | null = null;

  const lost = (c: pg.Client) => {
    if (listener !== c) return;
    listener = null;
    subs.emit({ gap: true });
    schedule();
  };
  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MS.max);
  };
  const connect = async () => {
    const c = new pg.Client(pool.options);
    c.on('notification', onNotification);
    c.on('error', () => lost(c)); // a dropped connection; 'end' follows
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`listen ${CHANGES_CHANNEL}`);
    } catch {
      c.removeAllListeners('end');
      await c.end().catch(() => undefined);
      schedule();
      return;
    }
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    listener = c;
    retryMs = RETRY_MS.first;
    // what was cached before is from a time nobody listened for this process
    subs.emit({ gap: true });
  };

  return {
    get live() {
      return listener !== null;
    },
    subscribe(fn) {
      subs.fns.add(fn);
      if (!started) {
        started = true;
        void connect();
      }
      return () => subs.fns.delete(fn);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = listener;
      listener = null;
      c?.removeAllListeners('end');
      await c?.end().catch(() => undefined);
    },
  };
}

/** For an app built on a borrowed `Db` without its feed (the demo's story): never live, so nothing is cached on its strength. */
export const silentChangeFeed: ChangeFeed = {
  live: false,
  subscribe: () => () => undefined,
  close: () => Promise.resolve(),
};
