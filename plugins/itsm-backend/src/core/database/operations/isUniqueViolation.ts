/**
 * Whether a database error is a unique constraint violation, on PostgreSQL
 * (23505) or SQLite. With `constraint`, only a violation of that index.
 */
export function isUniqueViolation(
  error: unknown,
  constraint?: string,
): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code === '23505') {
    return !constraint || e.constraint === constraint;
  }
  if (
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  ) {
    return true;
  }
  return false;
}
