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
 * Give `onConnect` to the pool (pg-pool awaits it before a new session's first use), then
 * `attach` the pool: every session the pool opens listens before it runs anything else. The
 * dedicated session starts with the first subscriber (a process that only migrates or copies data
 * never opens it).
 */
export class PostgresChangeFeed implements ChangeFeed {
  readonly #subs = new Subscribers();
  #pool: pg.Pool | null = null;
  #listener: pg.Client | null = null;
  #started = false;
  #closed = false;
  #retryMs = RETRY_MS.first;
  #retry: NodeJS.Timeout | null = null;

  readonly #onNotification = (n: pg.Notification) => {
    if (n.channel === CHANGES_CHANNEL) this.#subs.emit({ topic: n.payload ?? '' });
  };

  readonly onConnect = async (client: pg.ClientBase): Promise<void> => {
    client.on('notification', this.#onNotification);
    await client.query(`listen ${CHANGES_CHANNEL}`);
  };

  attach(pool: pg.Pool): void {
    this.#pool = pool;
  }

  get live(): boolean {
    return this.#listener !== null;
  }

  subscribe(fn: (e: ChangeEvent) => void): () => void {
    this.#subs.fns.add(fn);
    if (!this.#started) {
      this.#started = true;
      void this.#connect();
    }
    return () => this.#subs.fns.delete(fn);
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#retry) clearTimeout(this.#retry);
    const c = this.#listener;
    this.#listener = null;
    c?.removeAllListeners('end');
    await c?.end().catch(() => undefined);
  }

  #lost(c: pg.Client): void {
    if (this.#listener !== c) return;
    this.#listener = null;
    this.#subs.emit({ gap: true });
    this.#schedule();
  }

  #schedule(): void {
    if (this.#closed || this.#retry) return;
    this.#retry = setTimeout(() => {
      this.#retry = null;
      void this.#connect();
    }, this.#retryMs);
    this.#retry.unref();
    this.#retryMs = Math.min(this.#retryMs * 2, RETRY_MS.max);
  }

  async #connect(): Promise<void> {
    if (!this.#pool) throw new Error('PostgresChangeFeed: attach the pool first');
    const c = new pg.Client(this.#pool.options);
    c.on('notification', this.#onNotification);
    c.on('error', () => this.#lost(c)); // a dropped connection; 'end' follows
    c.on('end', () => this.#lost(c));
    try {
      await c.connect();
      await c.query(`listen ${CHANGES_CHANNEL}`);
    } catch {
      c.removeAllListeners('end');
      await c.end().catch(() => undefined);
      this.#schedule();
      return;
    }
    if (this.#closed) {
      await c.end().catch(() => undefined);
      return;
    }
    this.#listener = c;
    this.#retryMs = RETRY_MS.first;
    // what was kept before is from a time nobody listened for this process
    this.#subs.emit({ gap: true });
  }
}

/** For an app built on a borrowed `Db` without its feed (the demo's story): never live, so nothing is cached on its strength. */
export const silentChangeFeed: ChangeFeed = {
  live: false,
  subscribe: () => () => undefined,
  close: () => Promise.resolve(),
};
