/**
 * True when `err` (or any error in its cause chain — drizzle wraps driver errors) is a
 * unique-constraint violation (SQLSTATE 23505), optionally of one named constraint.
 * PGlite and node-postgres both expose `code`; node-postgres also `constraint`, PGlite in
 * its message — both are checked.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = 'cause' in e ? e.cause : undefined) {
    if (!('code' in e) || e.code !== '23505') continue;
    if (!constraint) return true;
    const named = 'constraint' in e && e.constraint === constraint;
    const inMessage = e instanceof Error && e.message.includes(constraint);
    return named || inMessage;
  }
  return false;
}
