import { InputError } from '@backstage/errors';
import express, { ErrorRequestHandler, RequestHandler } from 'express';
import { PayloadTooLargeError } from './PayloadTooLargeError';

/**
 * The largest JSON body the API reads. The longest valid record (a change
 * whose texts are all at their maximum length) fits.
 */
export const JSON_BODY_LIMIT = '1mb';

/** A body parser followed by the answer to its errors. */
export type BodyParser = [RequestHandler, ErrorRequestHandler];

/**
 * body-parser's errors as the API answers them: 413 naming the limit for a
 * body over it, 400 for JSON that does not parse; the rest (415 for an
 * unknown charset, 400 for an aborted request) keep body-parser's status.
 */
function bodyErrors(limit: string): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    if (error?.type === 'entity.too.large') {
      next(
        new PayloadTooLargeError(
          `request body is larger than the limit of ${limit}`,
        ),
      );
    } else if (error?.type === 'entity.parse.failed') {
      next(new InputError(`request body is not valid JSON: ${error.message}`));
    } else {
      next(error);
    }
  };
}

/** Reads a JSON body of at most `limit`. */
export function parseJsonBody(limit = JSON_BODY_LIMIT): BodyParser {
  return [express.json({ limit }), bodyErrors(limit)];
}

/** Reads a body of the given media types as a Buffer of at most `limit`. */
export function parseRawBody(type: string[], limit: string): BodyParser {
  return [express.raw({ type, limit }), bodyErrors(limit)];
}
