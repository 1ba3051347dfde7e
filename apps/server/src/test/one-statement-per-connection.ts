import pg from 'pg';

/**
 * A PostgreSQL connection runs one statement at a time. Given a second while one is running, pg
 * queues it and prints a deprecation (pg 9 will refuse it): code that runs statements side by
 * side on a transaction's connection (`Promise.all` over `tx`) is relying on that queue. In the
 * tests such a statement fails instead, naming both statements, so the suite on PostgreSQL finds
 * it (a daily sweep over the growth score did it, 2026-12-07). A setup file of every test file;
 * PGlite does not go through pg.
 */
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
interface Busy {
  _activeQuery?: { text?: string; name?: string } | null;
  _queryQueue?: unknown[];
}

const query = pg.Client.prototype.query as unknown as Query;
const textOf = (q: unknown): string => {
  if (typeof q === 'string') return q;
  if (q && typeof q === 'object') return String(Reflect.get(q, 'text') ?? Reflect.get(q, 'name') ?? '');
  return '';
};

(pg.Client.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args: unknown[]) {
  const busy = this as unknown as Busy;
  if (busy._activeQuery || (busy._queryQueue?.length ?? 0) > 0) {
    const running = textOf(busy._activeQuery);
    throw new Error(
      `two statements at once on one connection (Promise.all over a transaction?): running «${running.slice(0, 200)}», given «${textOf(args[0]).slice(0, 200)}»`,
    );
  }
  return query.apply(this, args);
};
