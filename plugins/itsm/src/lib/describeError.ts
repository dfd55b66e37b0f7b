import { ResponseError } from '@backstage/errors';

/**
 * What to tell a user about a failed request: the server's own message when
 * there is one (e.g. `request/body/title must NOT have fewer than 1
 * characters`), else the error's message.
 */
export function describeError(error: unknown): string {
  if (ResponseError.is(error)) {
    return error.body?.error?.message || error.cause?.message || error.message;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
