import { ServiceUnavailableError } from '@backstage/errors';
import { ErrorRequestHandler } from 'express';

/** PostgreSQL's codes for a connection it ended or refused (classes 08, 57P). */
const LOST_CONNECTION_CODES = /^(08|57P0[1-3])/;
/** What node-postgres, Knex's pool and SQLite say when the database is gone or busy. */
const LOST_CONNECTION_MESSAGES =
  /Connection terminated|Client has encountered a connection error|Timeout acquiring a connection|ECONNREFUSED|ECONNRESET|SQLITE_BUSY/;

/**
 * Whether an error means the database could not answer now (its connection
 * was cut, refused or busy), not that the request was wrong: a retry may
 * succeed, so the answer is 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' &&
      (LOST_CONNECTION_CODES.test(code) ||
        ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'SQLITE_BUSY'].includes(
          code,
        ))) ||
    (typeof message === 'string' && LOST_CONNECTION_MESSAGES.test(message))
  );
}

/**
 * Answers a request whose database connection was lost with 503 and a
 * message saying to retry; every write is a transaction, so nothing of it
 * was stored. Other errors go on.
 */
export const databaseUnavailableHandler: ErrorRequestHandler = (
  error,
  _req,
  _res,
  next,
) => {
  next(
    isDatabaseUnavailable(error)
      ? new ServiceUnavailableError(
          'The database did not answer (its connection was lost); nothing of this request was stored: retry it',
          error,
        )
      : error,
  );
};
