// Who holds a session, kept in the process between requests, so that an authenticated request
// does not pay the session statement each time (docs/performance.md, issue 17 item 10).
//
// It stays true because the database announces every committed change to what the session
// statement reads (sessions, users, sellers, group members and group permissions: the triggers of
// migration 0020) through the change feed, and each announcement empties the cache. A log-out, a
// disabled account or a withdrawn permission is therefore seen by this process before the request
// that made it answers, and by every other process as soon as PostgreSQL delivers the notification
// (milliseconds). The cache serves nothing while the feed is not live, forgets an entry after
// `ttlMs` whatever happens, and still checks the session's expiry against the clock on every hit.
import type { Actor } from '../../platform/auth/actor.js';
import type { ChangeEvent, ChangeFeed } from '../../platform/db/change-feed.js';

/** The topic migration 0020's triggers announce. */
export const ACTORS_TOPIC = 'actors';

interface Entry {
  actor: Actor;
  expiresAt: Date;
  /** performance.now() when it was read */
  readAt: number;
}

export class ActorCache {
  readonly #entries = new Map<string, Entry>();
  #generation = 0;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly limits: { max: number; ttlMs: number },
  ) {
    this.#unsubscribe = feed.subscribe((e: ChangeEvent) => {
      if ('gap' in e || e.topic === ACTORS_TOPIC) this.clear();
    });
  }

  /** Moves on every change; a lookup stores its answer only if it did not move meanwhile. */
  get generation(): number {
    return this.#generation;
  }

  get(tokenHash: string, now: Date): Actor | null {
    if (!this.feed.live) return null;
    const e = this.#entries.get(tokenHash);
    if (!e) return null;
    if (e.expiresAt <= now || performance.now() - e.readAt > this.limits.ttlMs) {
      this.#entries.delete(tokenHash);
      return null;
    }
    return e.actor;
  }

  /** Keep what a lookup that started at `generation` read, unless a change came in between. */
  set(tokenHash: string, generation: number, actor: Actor, expiresAt: Date): void {
    if (generation !== this.#generation || !this.feed.live || this.limits.max < 1) return;
    if (this.#entries.size >= this.limits.max) {
      // the oldest read goes first (a Map iterates in insertion order)
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(tokenHash, { actor, expiresAt, readAt: performance.now() });
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  close(): void {
    this.#unsubscribe();
    this.clear();
  }
}
