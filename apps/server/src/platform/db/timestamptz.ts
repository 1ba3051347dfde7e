import { sql, type SQL } from 'drizzle-orm';

/**
 * A Date as a `timestamptz` parameter, for hand-written statements (VALUES lists, CTEs, INSERT …
 * SELECT) where drizzle cannot tell a column's type from the context: sent as ISO text and cast,
 * so both drivers read the same instant. Null stays a typed null.
 */
export function timestamptz(d: Date | null): SQL {
  return d ? sql`${d.toISOString()}::timestamptz` : sql`null::timestamptz`;
}

/**
 * The same for a prepared statement (prepared.ts): a placeholder to give the instant's ISO text,
 * or null, when the statement is executed (`isoOrNull`).
 */
export function timestamptzPlaceholder(name: string): SQL {
  return sql`${sql.placeholder(name)}::timestamptz`;
}

export function isoOrNull(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}
