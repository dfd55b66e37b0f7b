import { ResponseError } from '@backstage/errors';

/**
 * Whether a request failed because someone else changed the record since
 * the version it was based on: a 409 that carries the record as it is now
 * (`current`). A 409 without it is a move the record's state forbids, to be
 * shown with its message, not reloaded away.
 */
export function isStaleVersionError(error: unknown): boolean {
  return (
    ResponseError.is(error) &&
    error.statusCode === 409 &&
    typeof (error.body as { current?: unknown }).current === 'object'
  );
}
