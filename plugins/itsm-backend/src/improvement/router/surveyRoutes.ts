import { HttpAuthService } from '@backstage/backend-plugin-api';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { SurveyService } from '../services/SurveyService';

/**
 * Satisfaction surveys (§2.3.5): `GET /surveys`, a recipient's
 * `GET /surveys/invitations`, `GET /surveys/invitations/{id}` and
 * `POST /surveys/invitations/{id}/answer`, and a survey's
 * `GET /surveys/{surveyId}/results`.
 */
export function mountSurveyRoutes(
  router: ItsmApiRouter,
  deps: { surveys: SurveyService; httpAuth: HttpAuthService },
) {
  router.get('/surveys', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json({ items: await deps.surveys.list(ctx) });
  });

  router.get('/surveys/invitations', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json({ items: await deps.surveys.listMine(ctx) });
  });

  router.get('/surveys/invitations/:id', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.surveys.getInvitation(req.params.id, ctx));
  });

  router.post('/surveys/invitations/:id/answer', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.surveys.answer(req.params.id, req.body.answers, ctx));
  });

  router.get('/surveys/:surveyId/results', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(
      await deps.surveys.results(
        req.params.surveyId,
        req.query.period as string | undefined,
        ctx,
      ),
    );
  });
}
