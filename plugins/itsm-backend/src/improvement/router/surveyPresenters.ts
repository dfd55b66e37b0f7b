import {
  StoredSurveyInvitation,
  SurveyResultRows,
} from '../database/SurveyStore';
import {
  overallQuestionOf,
  SurveyDefinition,
} from '../domain/surveyDefinition';

/** A survey as the API shows it: its questions, not how it is sent. */
export function presentSurvey(survey: SurveyDefinition) {
  const overall = overallQuestionOf(survey);
  return {
    id: survey.id,
    title: survey.title,
    kind: survey.kind,
    questions: survey.questions.map(q => ({
      id: q.id,
      text: q.text,
      scale: q.scale,
      required: q.required,
      ...(q.id === overall?.id ? { overall: true } : {}),
    })),
  };
}

/** An invitation as its recipient sees it, with the survey's questions. */
export function presentSurveyInvitation(
  invitation: StoredSurveyInvitation,
  survey: SurveyDefinition,
) {
  return {
    id: invitation.id,
    surveyId: survey.id,
    title: survey.title,
    kind: invitation.kind,
    ...(invitation.recordRef ? { recordRef: invitation.recordRef } : {}),
    ...(invitation.serviceRef ? { serviceRef: invitation.serviceRef } : {}),
    questions: presentSurvey(survey).questions,
    sentAt: invitation.sentAt,
    ...(invitation.answeredAt ? { answeredAt: invitation.answeredAt } : {}),
  };
}

const round = (n: number, digits = 2) =>
  Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * A survey's results for a month: the invitations sent in it and the share
 * answered, each question's mean (a rating's 1-5; a yes/no's share of yes
 * in percent), and the comments given.
 */
export function presentSurveyResults(
  survey: SurveyDefinition,
  period: string,
  rows: SurveyResultRows,
) {
  const overall = overallQuestionOf(survey);
  const byId = new Map(rows.questions.map(q => [q.questionId, q]));
  const overallMean = overall ? byId.get(overall.id)?.mean ?? null : null;
  return {
    survey: presentSurvey(survey),
    period,
    sent: rows.sent,
    answered: rows.answered,
    responseRate:
      rows.sent === 0 ? null : round((100 * rows.answered) / rows.sent, 1),
    overallMean: overallMean === null ? null : round(overallMean),
    questions: survey.questions.map(q => {
      const row = byId.get(q.id);
      const mean = row?.mean ?? null;
      return {
        id: q.id,
        text: q.text,
        scale: q.scale,
        count: row?.count ?? 0,
        mean:
          mean === null || q.scale === 'text'
            ? null
            : round(
                q.scale === 'yes-no' ? 100 * mean : mean,
                q.scale === 'yes-no' ? 1 : 2,
              ),
      };
    }),
    comments: rows.comments,
  };
}
