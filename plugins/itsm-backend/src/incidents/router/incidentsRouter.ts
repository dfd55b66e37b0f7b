import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { assignEach } from '../../core/router/assignEach';
import { presentEvent, presentLink } from '../../core/router/presenters';
import { presentIncident } from './incidentPresenters';
import { readQueueQuery } from '../../core/router/queueQuery';
import { ItsmApiRouter } from '../../core/router/types';
import { IncidentStatisticsStore } from '../database/IncidentStatisticsStore';
import {
  statisticsRange,
  summarizeStatistics,
} from '../domain/summarizeStatistics';

/** Mounts `/incidents` and its sub-resources on the validated router. */
export function mountIncidentRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    statistics: IncidentStatisticsStore;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  const { records, httpAuth, userInfo } = deps;
  const type = 'incident';

  async function context(
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
   * Incidents as the API shows them, with what the caller may do and the
   * service level clock to watch, each read for the whole page at once.
   */
  async function present(list: StoredRecord[], ctx: RequestContext) {
    const [allowed, sla] = await Promise.all([
      records.allowedActions(list, ctx),
      records.slaSummaries(list, ctx),
    ]);
    return list.map(record =>
      presentIncident(record, allowed.get(record.id), sla.get(record.id)),
    );
  }

  router.get('/incidents', async (req, res) => {
    const { sort, limit, cursor } = req.query;
    const ctx = await context(req);
    const page = await records.list(
      type,
      {
        ...(await readQueueQuery(req.query, ctx.credentials, userInfo)),
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

  router.get('/incidents/counts', async (req, res) => {
    const ctx = await context(req);
    res.json(
      await records.counts(
        type,
        await readQueueQuery(req.query, ctx.credentials, userInfo),
        ctx,
      ),
    );
  });

  router.get('/incidents/statistics', async (req, res) => {
    const ctx = await context(req);
    const { from, to } = statisticsRange(req.query);
    const query = await readQueueQuery(req.query, ctx.credentials, userInfo);
    // Over the incidents the caller may read, in the queue's scope.
    const scope = await records.reportScope(
      type,
      { entityRef: query.entityRef, assignmentGroups: query.assignmentGroups },
      ctx,
    );
    const rows = await deps.statistics.query({ type, from, to, ...scope });
    res.json(
      summarizeStatistics(rows, {
        from,
        to,
        period: req.query.period ?? 'week',
      }),
    );
  });

  router.post('/incidents/bulk-assign', async (req, res) => {
    const ctx = await context(req);
    const { items, assignmentGroup, assignee } = req.body;
    const results = await assignEach(
      records,
      type,
      items,
      { assignmentGroup, assignee },
      ctx,
    );
    const allowed = await records.allowedActions(
      results.flatMap(r => (r.record ? [r.record] : [])),
      ctx,
    );
    res.json({
      items: results.map(({ id, status, record, error }) => ({
        id,
        status,
        ...(record
          ? { incident: presentIncident(record, allowed.get(record.id)) }
          : {}),
        ...(error ? { error } : {}),
      })),
    });
  });

  router.post('/incidents', async (req, res) => {
    const ctx = await context(req);
    const { record, created } = await records.create(type, req.body, {
      ...ctx,
      idempotencyKey: req.header('idempotency-key') || undefined,
    });
    const [incident] = await present([record], ctx);
    res.status(created ? 201 : 200).json(incident);
  });

  router.get('/incidents/:id', async (req, res) => {
    const ctx = await context(req);
    const record = await records.get(type, req.params.id, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.patch('/incidents/:id', async (req, res) => {
    const ctx = await context(req);
    const record = await records.update(type, req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.post('/incidents/:id/transitions', async (req, res) => {
    const ctx = await context(req);
    const record = await records.transition(type, req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.get('/incidents/:id/timeline', async (req, res) => {
    const { limit, cursor } = req.query;
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

  router.post('/incidents/:id/comments', async (req, res) => {
    const event = await records.comment(
      type,
      req.params.id,
      req.body,
      await context(req),
    );
    res.status(201).json(presentEvent(event));
  });

  router.get('/incidents/:id/links', async (req, res) => {
    const links = await records.links(type, req.params.id, await context(req));
    res.json({ items: links.map(presentLink) });
  });

  router.post('/incidents/:id/links', async (req, res) => {
    const link = await records.link(
      type,
      req.params.id,
      req.body,
      await context(req),
    );
    res.status(201).json(presentLink(link));
  });
}
