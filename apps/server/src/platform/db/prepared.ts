import type { Db } from './client.js';

/**
 * A named prepared statement for a hot path, built once per database handle. PostgreSQL then
 * plans it once per connection instead of on every call (planning is most of a short query's
 * cost: docs/performance.md), and drizzle skips rebuilding the SQL text. The builder must use
 * `sql.placeholder(...)` for every value and call `.prepare(name)` with a name unique in the app.
 * A transaction handle is a different object: inside one, the statement is built for that
 * handle (still named, so the connection reuses its plan).
 */
export function preparedFor<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const cache = new WeakMap<Db, Q>();
  return (db) => {
    let q = cache.get(db);
    if (!q) {
      q = build(db);
      cache.set(db, q);
    }
    return q;
  };
}
