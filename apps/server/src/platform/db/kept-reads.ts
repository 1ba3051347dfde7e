// Reads kept in the process between requests, so that the hot path (every authenticated request,
// every placement) does not pay a statement for rows that rarely change: sessions, the catalogue's
// purchase terms, a product's discounts (docs/performance.md, issue 17 item 10).
//
// They stay true because the database announces every committed change to the tables they read
// (statement triggers, migration 0020) through the change feed, and an announcement of a topic
// empties that topic's reads. A change is therefore seen by the process that made it before the
// request that made it answers, and by every other process as soon as PostgreSQL delivers the
// notification (milliseconds). Nothing is served while the feed is not live, an entry is
// forgotten after `ttlMs` whatever happens, and a read that was in flight while a change came in
// is not kept (the generation moved).
//
// Only reads outside a transaction go through here: a transaction must see its own writes.
import type { ChangeEvent, ChangeFeed } from './change-feed.js';

export interface KeptLimits {
  /** entries kept at most (0: keep nothing) */
  max: number;
  ttlMs: number;
}

interface Entry<V> {
  value: V;
  /** performance.now() when it was read */
  readAt: number;
}

export class KeptReads<V> {
  readonly #entries = new Map<string, Entry<V>>();
  #generation = 0;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly feed: ChangeFeed,
    /** the trigger topic that empties these reads */
    readonly topic: string,
    private readonly limits: KeptLimits,
  ) {
    this.#unsubscribe = feed.subscribe((e: ChangeEvent) => {
      if ('gap' in e || e.topic === topic) this.clear();
    });
  }

  /** Moves on every change; a read stores its answer only if it did not move meanwhile. */
  get generation(): number {
    return this.#generation;
  }

  get(key: string): V | undefined {
    if (!this.feed.live) return undefined;
    const e = this.#entries.get(key);
    if (!e) return undefined;
    if (performance.now() - e.readAt > this.limits.ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  /** Keep what a read that started at `generation` found, unless a change came in between. */
  set(key: string, generation: number, value: V): void {
    if (generation !== this.#generation || !this.feed.live || this.limits.max < 1) return;
    if (this.#entries.size >= this.limits.max) {
      // the oldest read goes first (a Map iterates in insertion order)
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, readAt: performance.now() });
  }

  /** The kept value, or `load()`'s, kept for the next caller. */
  async read(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const generation = this.#generation;
    const value = await load();
    this.set(key, generation, value);
    return value;
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

/** Where a module's kept reads come from: the feed of its database and the configured limits (deps). */
export interface KeptSource {
  changes: ChangeFeed;
  config: { READ_CACHE_SIZE: number; CACHE_SECONDS: number };
}

const registry = new WeakMap<ChangeFeed, Map<string, KeptReads<unknown>>>();

/**
 * The process's kept reads called `name` on this database, made on first use. `V` must be the
 * same for a name wherever it is asked for (each name belongs to one module's file).
 */
export function keptReads<V>(source: KeptSource, name: string, topic: string): KeptReads<V> {
  let byName = registry.get(source.changes);
  if (!byName) {
    byName = new Map();
    registry.set(source.changes, byName);
  }
  let reads = byName.get(name);
  if (!reads) {
    reads = new KeptReads<unknown>(source.changes, topic, { max: source.config.READ_CACHE_SIZE, ttlMs: source.config.CACHE_SECONDS * 1000 });
    byName.set(name, reads);
  }
  return reads as KeptReads<V>;
}
