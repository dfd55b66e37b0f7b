import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { SlaAgreementService } from '../services/SlaAgreementService';
import { SlaReportService } from '../services/SlaReportService';
import { SlaClockReader } from '../services/SlaClockReader';
import {
  presentSlaAgreement,
  presentSlaClock,
  presentSlaReview,
} from './slaPresenters';
import { readQueueQuery } from '../../core/router/queueQuery';
import { ItsmApiRouter } from '../../core/router/types';

/**
 * Mounts `/sla`: the service level report (§8.3), an entity's agreement
 * and its reviews; and `/incidents/{id}/sla`, an incident's clocks.
 */
export function mountSlaRoutes(
  router: ItsmApiRouter,
  deps: {
    slaReports: SlaReportService;
    slaAgreements: SlaAgreementService;
    slaClocks: SlaClockReader;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  const context = async (req: Request<any, any, any, any>) => ({
    credentials: await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    }),
    request: req,
  });

  router.get('/incidents/:id/sla', async (req, res) => {
    const clocks = await deps.slaClocks.clocksOf(
      req.params.id,
      await context(req),
    );
    res.json({ items: clocks.map(presentSlaClock) });
  });

  router.get('/sla/agreement', async (req, res) => {
    const { entityRef, agreement, match } =
      await deps.slaAgreements.agreementFor(
        req.query.entityRef,
        await context(req),
      );
    res.json(presentSlaAgreement(entityRef, agreement, match));
  });

  router.get('/sla/reviews', async (req, res) => {
    const reviews = await deps.slaAgreements.reviews(
      req.query.entityRef,
      await context(req),
    );
    res.json({ items: reviews.map(presentSlaReview) });
  });

  router.post('/sla/reviews', async (req, res) => {
    const review = await deps.slaAgreements.review(
      req.body,
      await context(req),
    );
    res.status(201).json(presentSlaReview(review));
  });

  router.get('/sla/report', async (req, res) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const scope = await readQueueQuery(req.query, credentials, deps.userInfo);
    res.json(
      await deps.slaReports.report(
        {
          from: req.query.from,
          to: req.query.to,
          entityRef: scope.entityRef,
          assignmentGroups: scope.assignmentGroups,
        },
        { credentials, request: req },
      ),
    );
  });
}
