import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { ErrorRequestHandler, RequestHandler, Router } from 'express';
import { spec } from '../../schema/openapi.generated';
import { RecordConflictError } from '../services/RecordConflictError';
import { databaseUnavailableHandler } from './databaseUnavailable';
import { parseJsonBody } from './parseBody';
import { StoredRecord } from '../database/RecordStore';
import { presentAnyRecord } from './presenters';
import { refuseNulCharacters } from './refuseNulCharacters';
import { ItsmApiRouter } from './types';
import { validateRequests } from './validateRequests';

/** Mounts a process's routes on the validated router. */
export type RouteMounter = (router: ItsmApiRouter) => void;

/**
 * A 409 that carries the record as it is now, so the client can show what
 * changed and retry. Other errors go on to Backstage's error handler.
 */
function conflictHandler(
  present: (record: StoredRecord) => unknown,
): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (!(error instanceof RecordConflictError)) {
      next(error);
      return;
    }
    res.status(409).json({
      error: { name: error.name, message: error.message },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode: 409 },
      current: present(error.current),
    });
  };
}

/**
 * The plugin's HTTP API, validated against its OpenAPI contract: `/health`
 * and the routes each process mounts, behind the request rules every route
 * shares.
 */
export async function createRouter(options: {
  /** Each process's routes, in the order they are matched. */
  routes: RouteMounter[];
  /**
   * Handlers that run before a body is read: for routes that read their
   * own bodies with their own limits (the intake of alerts and mail), or
   * that keep secrets out of the request log (calendar feed tokens).
   */
  ahead?: RequestHandler[];
  /** Paths that replace NUL characters themselves instead of refusing them. */
  nulTolerantPaths?: string[];
  /**
   * A record as the API shows one of its type (its process's presenter),
   * for the 409 that carries the record as it is now.
   */
  presentRecord?: (record: StoredRecord) => unknown;
}): Promise<Router> {
  // The requests were checked by `validateRequests` below.
  const router = createValidatedOpenApiRouter<typeof spec>(spec, {
    validatorOptions: { validateRequests: false },
  });
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  for (const mount of options.routes) {
    mount(router);
  }
  router.use(conflictHandler(options.presentRecord ?? presentAnyRecord));
  router.use(databaseUnavailableHandler);

  // Ahead of the typed router, whose error handler would turn every error
  // (a 403, a 413) into a 400 and whose messages do not name an unknown
  // property: the handlers ahead run first (the calendar's keeps
  // subscription tokens out of the request log; the intake's check the
  // caller and read their bodies); the other bodies are read as JSON; the
  // request is checked against the contract, then for NUL characters.
  const outer = Router();
  for (const handler of options.ahead ?? []) {
    outer.use(handler);
  }
  outer.use(parseJsonBody());
  outer.use(validateRequests(spec));
  outer.use(refuseNulCharacters({ except: options.nulTolerantPaths ?? [] }));
  outer.use(router);
  return outer;
}
