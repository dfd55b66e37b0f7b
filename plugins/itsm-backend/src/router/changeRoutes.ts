import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { StoredRecord } from '../database/RecordStore';
import { ChangeSettings } from '../domain/planChangeIntake';
import { ChangeApprovalService } from '../services/ChangeApprovalService';
import { ChangeStepService } from '../services/ChangeStepService';
import {
  ChangeCorrelationService,
  Correlation,
} from '../services/ChangeCorrelationService';
import { RecordService, RequestContext } from '../services/RecordService';
import { presentChange, presentEvent, presentLink } from './presenters';
import { readQueueQuery } from './queueQuery';
import { ItsmApiRouter } from './types';

/** Mounts `/changes` and its sub-resources on the validated router. */
export function mountChangeRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    approvals: ChangeApprovalService;
    steps: ChangeStepService;
    correlations: ChangeCorrelationService;
    changeSettings: ChangeSettings;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  const { records, approvals, httpAuth, userInfo } = deps;
  const type = 'change';

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

  /** Changes as the API shows them, with what the caller may do. */
  async function present(list: StoredRecord[], ctx: RequestContext) {
    const allowed = await records.allowedActions(list, ctx);
    return list.map(record => presentChange(record, allowed.get(record.id)));
  }

  router.get('/changes', async (req, res) => {
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

  router.post('/changes', async (req, res) => {
    const ctx = await context(req);
    const { record, created } = await records.create(type, req.body, {
      ...ctx,
      idempotencyKey: req.header('idempotency-key') || undefined,
    });
    const [change] = await present([record], ctx);
    res.status(created ? 201 : 200).json(change);
  });

  router.get('/changes/form', async (req, res) => {
    await context(req);
    const { riskQuestionnaire, standardChanges } = deps.changeSettings;
    res.json({
      riskQuestionnaire: {
        questions: riskQuestionnaire.questions.map(({ options, ...q }) => ({
          ...q,
          ...(options ? { options: [...options] } : {}),
        })),
        thresholds: riskQuestionnaire.thresholds,
      },
      standardChanges,
    });
  });

  router.get('/changes/:id', async (req, res) => {
    const ctx = await context(req);
    const record = await records.get(type, req.params.id, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.patch('/changes/:id', async (req, res) => {
    const ctx = await context(req);
    const record = await records.update(type, req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.post('/changes/:id/transitions', async (req, res) => {
    const ctx = await context(req);
    const record = await records.transition(type, req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.post('/changes/:id/approvals', async (req, res) => {
    const ctx = await context(req);
    const record = await approvals.decide(req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.post('/changes/:id/steps', async (req, res) => {
    const ctx = await context(req);
    const record = await deps.steps.update(req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  /** A correlation as the API shows it: the records on the other side. */
  function presentCorrelation(correlation: Correlation) {
    const brief = (r: StoredRecord) => ({
      id: r.id,
      ref: r.ref,
      type: r.type,
      title: r.title,
      state: r.state,
      priority: r.priority,
      createdAt: r.createdAt,
      entityRefs: r.entityRefs,
      ...(r.window ? { window: r.window } : {}),
    });
    return {
      suggested: correlation.suggested.map(brief),
      confirmed: correlation.confirmed.map(brief),
      dismissed: correlation.dismissed.map(brief),
    };
  }

  router.get('/changes/:id/incidents', async (req, res) => {
    const ctx = await context(req);
    res.json(
      presentCorrelation(await deps.correlations.forChange(req.params.id, ctx)),
    );
  });

  router.post('/changes/:id/incidents', async (req, res) => {
    const ctx = await context(req);
    res.json(
      presentCorrelation(
        await deps.correlations.decide(req.params.id, req.body, ctx),
      ),
    );
  });

  router.get('/incidents/:id/changes', async (req, res) => {
    const ctx = await context(req);
    res.json(
      presentCorrelation(
        await deps.correlations.forIncident(req.params.id, ctx),
      ),
    );
  });

  router.get('/changes/:id/timeline', async (req, res) => {
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

  router.post('/changes/:id/comments', async (req, res) => {
    const event = await records.comment(
      type,
      req.params.id,
      req.body,
      await context(req),
    );
    res.status(201).json(presentEvent(event));
  });

  router.get('/changes/:id/links', async (req, res) => {
    const links = await records.links(type, req.params.id, await context(req));
    res.json({ items: links.map(presentLink) });
  });

  router.post('/changes/:id/links', async (req, res) => {
    const link = await records.link(
      type,
      req.params.id,
      req.body,
      await context(req),
    );
    res.status(201).json(presentLink(link));
  });
}
