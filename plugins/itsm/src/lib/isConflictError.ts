import { ResponseError } from '@backstage/errors';

/**
 * Whether a request failed with 409 Conflict: someone else changed the record
 * since the version the request was based on.
 */
export function isConflictError(error: unknown): boolean {
  return ResponseError.is(error) && error.statusCode === 409;
}
