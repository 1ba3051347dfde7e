import type { Db } from './client.js';

/**
 * A named prepared statement for a hot path, built once per connection. PostgreSQL then plans
 * it once per connection instead of on every call (planning is most of a short query's cost:
 * docs/performance.md), and drizzle skips rebuilding the SQL text, which costs 40–250 µs of the
 * server's CPU for the statements of the order path (docs/performance.md, tenth day). The
 * builder must use `sql.placeholder(...)` for every value and call `.prepare(name)` with a name
 * unique in the app.
 *
 * A prepared query runs on the client its handle was made with: the pool for the database, the
 * pooled session for a transaction. PostgreSQL's pool hands the same few sessions to every
 * transaction, so a statement used inside transactions is built once per session, not once per
 * transaction (each transaction is a new handle). PGlite's transactions are each a client of
 * their own: there it is built per transaction, as any other statement is.
 */
export function preparedFor<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const cache = new WeakMap<object, Q>();
  return (db) => {
    const key = connectionOf(db);
    let q = cache.get(key);
    if (!q) {
      q = build(db);
      cache.set(key, q);
    }
    return q;
  };
}

/** The driver's client a handle's queries run on (drizzle keeps the session and its client internal). */
function connectionOf(db: Db): object {
  const session: unknown = Reflect.get(db, 'session');
  const client: unknown = typeof session === 'object' && session !== null ? Reflect.get(session, 'client') : null;
  return typeof client === 'object' && client !== null ? client : db;
}
