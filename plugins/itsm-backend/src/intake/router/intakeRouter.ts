import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { Request, RequestHandler } from 'express';
import PromiseRouter from 'express-promise-router';
import { AlertIntakeService } from '../alertmanager/AlertIntakeService';
import { parseAlertmanagerPayload } from '../alertmanager/parseAlertmanagerPayload';
import { EmailIntakeService } from '../email/EmailIntakeService';
import { replaceNulCharacters } from '../replaceNulCharacters';
import { parseJsonBody, parseRawBody } from '../../core/router/parseBody';
import { RequestContext } from '../../core/services/RecordService';
import { presentIncident } from '../../incidents';
import { ItsmApiRouter } from '../../core/router/types';

/** The largest Alertmanager notification accepted (a group of many alerts). */
export const ALERTMANAGER_BODY_LIMIT = '5mb';
/** The largest inbound mail accepted, attachments included. */
export const EMAIL_BODY_LIMIT = '10mb';
/** The media types a raw mail may be sent as. */
export const EMAIL_MEDIA_TYPES = ['message/rfc822', 'text/plain'];
/** The intake paths: they replace NUL characters instead of refusing them. */
export const INTAKE_PATHS = ['/intake/alertmanager', '/intake/email'];

export type IntakeDeps = {
  alerts: AlertIntakeService;
  email: EmailIntakeService;
  httpAuth: HttpAuthService;
};

/** Only service principals (Alertmanager, a mail forwarder) deliver. */
async function serviceContext(
  httpAuth: HttpAuthService,
  req: Request<any, any, any, any>,
): Promise<RequestContext> {
  return {
    credentials: await httpAuth.credentials(req, { allow: ['service'] }),
    request: req,
  };
}

/**
 * Runs ahead of the validating router: refuses callers that are not service
 * principals (403) before a body is read, then parses the intake bodies with
 * their own limits (413 beyond): Alertmanager's JSON, larger than the
 * router's default allows, and the raw mail, which its JSON parser would not
 * read at all. The validator then sees the parsed body (the raw mail is
 * declared `format: binary`, which it passes through unchecked).
 */
export function intakeMiddleware(httpAuth: HttpAuthService): RequestHandler {
  const router = PromiseRouter();
  const requireService: RequestHandler = async (req, _res, next) => {
    await httpAuth.credentials(req, { allow: ['service'] });
    next();
  };
  router.post(
    '/intake/alertmanager',
    requireService,
    parseJsonBody(ALERTMANAGER_BODY_LIMIT),
  );
  router.post(
    '/intake/email',
    requireService,
    parseRawBody(EMAIL_MEDIA_TYPES, EMAIL_BODY_LIMIT),
  );
  return router;
}

/** Mounts `/intake/*`: monitoring alerts and inbound mail. */
export function mountIntakeRoutes(
  router: ItsmApiRouter,
  deps: IntakeDeps,
): void {
  const { alerts, email, httpAuth } = deps;

  router.post('/intake/alertmanager', async (req, res) => {
    const ctx = await serviceContext(httpAuth, req);
    const result = await alerts.deliver(
      parseAlertmanagerPayload(replaceNulCharacters(req.body)),
      ctx,
    );
    res.status(result.outcome === 'created' ? 201 : 200).json({
      outcome: result.outcome,
      ...(result.incident
        ? { incident: presentIncident(result.incident) }
        : {}),
    });
  });

  router.post('/intake/email', async (req, res) => {
    const ctx = await serviceContext(httpAuth, req);
    const raw: unknown = req.body;
    if (!Buffer.isBuffer(raw)) {
      throw new InputError(
        `body must be a raw RFC 822 message sent as ${EMAIL_MEDIA_TYPES.join(
          ' or ',
        )}`,
      );
    }
    const result = await email.deliver(raw, ctx);
    res.status(result.outcome === 'created' ? 201 : 200).json({
      outcome: result.outcome,
      incident: presentIncident(result.incident),
    });
  });
}
