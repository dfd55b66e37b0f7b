import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { Request, Router } from 'express';
import { StoredRecord } from '../database/RecordStore';
import {
  AllowedActions,
  RecordService,
  RequestContext,
} from '../services/RecordService';
import { presentEvent, presentLink } from './presenters';
import { readQueueQuery } from './queueQuery';
import { ItsmApiRouter } from './types';

/** What the shared record routes need to serve one record type. */
export type RecordRoutesOptions<T> = {
  type: RecordType;
  /** The collection's path, e.g. `/releases`. */
  path: `/${string}`;
  records: RecordService;
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  /** A record as the API shows it, with what the caller may do. */
  present: (record: StoredRecord, allowed?: AllowedActions) => T;
};

/** The caller and the request, for the record service. */
export async function requestContext(
  httpAuth: HttpAuthService,
  req: Request<any, any, any, any>,
): Promise<RequestContext> {
  return {
    credentials: await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    }),
    request: req,
  };
}

/**
 * Mounts what every record type's collection has, on the validated router:
 * list, create (idempotent by `Idempotency-Key`), get, patch, transitions,
 * timeline, comments and links. The OpenAPI contract, which validates each
 * request, declares the paths per type; the handlers are the same.
 * Returns `present`, for the type's own routes to answer with.
 */
export function mountRecordRoutes<T>(
  apiRouter: ItsmApiRouter,
  options: RecordRoutesOptions<T>,
): (list: StoredRecord[], ctx: RequestContext) => Promise<T[]> {
  const { type, path, records, httpAuth, userInfo } = options;
  // The paths are the type's; the validator has already checked requests
  // against the contract, so the handlers read them untyped.
  const router = apiRouter as unknown as Router;
  const context = (req: Request) => requestContext(httpAuth, req);

  async function present(list: StoredRecord[], ctx: RequestContext) {
    const allowed = await records.allowedActions(list, ctx);
    return list.map(r => options.present(r, allowed.get(r.id)));
  }

  router.get(path, async (req, res) => {
    const { sort, limit, cursor } = req.query as Record<string, any>;
    const ctx = await context(req);
    const page = await records.list(
      type,
      {
        ...(await readQueueQuery(req.query as any, ctx.credentials, userInfo)),
        sort,
        limit: limit === undefined ? undefined : Number(limit),
        cursor,
      },
      ctx,
    );
    res.json({
      items: await present(page.records, ctx),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    });
  });

  router.post(path, async (req, res) => {
    const ctx = await context(req);
    const { record, created } = await records.create(type, req.body, {
      ...ctx,
      idempotencyKey: req.header('idempotency-key') || undefined,
    });
    const [shown] = await present([record], ctx);
    res.status(created ? 201 : 200).json(shown);
  });

  router.get(`${path}/:id`, async (req, res) => {
    const ctx = await context(req);
    const record = await records.get(type, req.params.id, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.patch(`${path}/:id`, async (req, res) => {
    const ctx = await context(req);
    const record = await records.update(type, req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.post(`${path}/:id/transitions`, async (req, res) => {
    const ctx = await context(req);
    const record = await records.transition(type, req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.get(`${path}/:id/timeline`, async (req, res) => {
    const { limit, cursor } = req.query as Record<string, any>;
    const page = await records.timeline(
      type,
      req.params.id,
      { limit: limit === undefined ? undefined : Number(limit), cursor },
      await context(req),
    );
    res.json({
      items: page.events.map(presentEvent),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    });
  });

  router.post(`${path}/:id/comments`, async (req, res) => {
    const event = await records.comment(
      type,
      req.params.id,
      req.body,
      await context(req),
    );
    res.status(201).json(presentEvent(event));
  });

  router.get(`${path}/:id/links`, async (req, res) => {
    const links = await records.links(type, req.params.id, await context(req));
    res.json({ items: links.map(presentLink) });
  });

  router.post(`${path}/:id/links`, async (req, res) => {
    const link = await records.link(
      type,
      req.params.id,
      req.body,
      await context(req),
    );
    res.status(201).json(presentLink(link));
  });

  return present;
}
