// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import type { ItsmHttpClient } from './ItsmHttpClient';
import type { SurveyApi } from './SurveyApi';

/** The satisfaction survey requests of the {@link SurveyApi} over HTTP. */
export function surveyRequests(http: ItsmHttpClient): SurveyApi {
  return {
    async listSurveys() {
      const client = await http.client();
      return (await http.unwrap(await client.GET('/surveys', {}))).items;
    },

    async listMySurveyInvitations() {
      const client = await http.client();
      return (
        await http.unwrap(
          await client.GET('/surveys/invitations', {
            params: { query: { mine: 'true' } },
          }),
        )
      ).items;
    },

    async getSurveyInvitation(id) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/surveys/invitations/{id}', {
          params: { path: { id } },
        }),
      );
    },

    async answerSurveyInvitation(id, answers) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/surveys/invitations/{id}/answer', {
          params: { path: { id } },
          body: { answers },
        }),
      );
    },

    async getSurveyResults(surveyId, options = {}) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/surveys/{surveyId}/results', {
          params: { path: { surveyId }, query: options },
        }),
      );
    },
  };
}
