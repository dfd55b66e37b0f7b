import { InputError } from '@backstage/errors';
import { ErrorRequestHandler, RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import {
  describeValidationError,
  ValidationError,
} from './describeValidationError';

const VALIDATOR_ERRORS = Object.values(OpenApiValidator.error);

/**
 * Checks each request against the OpenAPI contract, with the options of
 * Backstage's `createValidatedOpenApiRouter` (whose own check is then turned
 * off): a 400 whose message names the field, unknown properties included
 * (Backstage's passes ajv's text on, which does not name them).
 */
export function validateRequests(
  spec: object,
): Array<RequestHandler | ErrorRequestHandler> {
  const refused: ErrorRequestHandler = (error, req, _res, next) => {
    if (VALIDATOR_ERRORS.some(type => error instanceof type)) {
      next(
        new InputError(
          describeValidationError(error as ValidationError, req, spec),
        ),
      );
    } else {
      next(error);
    }
  };
  return [
    ...OpenApiValidator.middleware({
      apiSpec: spec as any,
      validateRequests: {
        coerceTypes: false,
        allowUnknownQueryParameters: false,
      },
      useRequestUrl: true,
      ignoreUndocumented: true,
      validateResponses: false,
    }),
    refused,
  ];
}
