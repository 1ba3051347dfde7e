import { sql, type SQL } from 'drizzle-orm';

/**
 * A Date as a `timestamptz` parameter, for hand-written statements (VALUES lists, CTEs, INSERT …
 * SELECT) where drizzle cannot tell a column's type from the context: sent as ISO text and cast,
 * so both drivers read the same instant. Null stays a typed null.
 */
export function timestamptz(d: Date | null): SQL {
  return d ? sql`${d.toISOString()}::timestamptz` : sql`null::timestamptz`;
}
