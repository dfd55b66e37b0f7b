import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import { CalendarFeedService } from '../services/CalendarFeedService';
import { ChangeCalendar } from '../services/ChangeCalendar';
import { ItsmApiRouter } from '../../core/router/types';

/**
 * Mounts the change calendar: `/calendar` (JSON, for the portal),
 * `/calendar.ics` (for calendar apps: with the caller's token, or with a
 * subscription's `token` and no sign-in) and `/calendar/feeds`, the
 * caller's subscriptions.
 */
export function mountCalendarRoutes(
  router: ItsmApiRouter,
  deps: {
    calendar: ChangeCalendar;
    feeds: CalendarFeedService;
    httpAuth: HttpAuthService;
    auth: AuthService;
  },
): void {
  const { calendar, feeds, httpAuth, auth } = deps;

  router.get('/calendar', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { from, to, entityRef } = req.query;
    res.json(
      await calendar.read(
        { from, to, entityRef },
        { credentials, request: req },
      ),
    );
  });

  router.get('/calendar.ics', async (req, res) => {
    const { token } = req.query;
    let entityRef = req.query.entityRef;
    let credentials;
    if (token === undefined) {
      credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
    } else {
      // A calendar app: the subscription stands for the caller.
      const feed = await feeds.open(token);
      entityRef = feed.entityRef;
      credentials = await auth.getOwnServiceCredentials();
    }
    const ics = await calendar.readICalendar(
      { entityRef },
      { credentials, request: req },
    );
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="changes.ics"')
      .send(ics);
  });

  router.get('/calendar/feeds', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json({ items: await feeds.list(credentials) });
  });

  router.post('/calendar/feeds', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res
      .status(201)
      .json(await feeds.create(req.body ?? {}, { credentials, request: req }));
  });

  router.delete('/calendar/feeds/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await feeds.revoke(req.params.id, { credentials, request: req });
    res.status(204).end();
  });
}
