import type {
  AnswerSurveyRequest,
  Survey,
  SurveyInvitation,
  SurveyResults,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * The satisfaction survey part of the {@link ItsmApi} (§2.3.5): a
 * recipient's invitations and answers, and the results improvement
 * managers read.
 *
 * @public
 */
export interface SurveyApi {
  /** The configured surveys (improvement managers). */
  listSurveys(): Promise<Survey[]>;
  /** The caller's invitations not answered yet. */
  listMySurveyInvitations(): Promise<SurveyInvitation[]>;
  /** One invitation of the caller's (404 for anyone else's). */
  getSurveyInvitation(id: string): Promise<SurveyInvitation>;
  /** Answers the invitation, once. */
  answerSurveyInvitation(
    id: string,
    answers: AnswerSurveyRequest['answers'],
  ): Promise<SurveyInvitation>;
  /** A survey's results for a month (`YYYY-MM`, the running one if absent). */
  getSurveyResults(
    surveyId: string,
    options?: { period?: string },
  ): Promise<SurveyResults>;
}
