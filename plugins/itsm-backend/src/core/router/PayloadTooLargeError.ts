import { CustomErrorBase } from '@backstage/errors';

/**
 * A request body over its limit: 413, which Backstage's error handler takes
 * from `statusCode` (@backstage/errors has no class for it).
 */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly statusCode = 413;
}
