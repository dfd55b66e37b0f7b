import { InputError } from '@backstage/errors';
import { overallQuestionOf, SurveyDefinition } from './surveyDefinition';

/** An answer to one question as stored: a number (rating, yes 1 / no 0) or text. */
export type SurveyAnswerValue = {
  questionId: string;
  value?: number;
  text?: string;
};

/** An answer checked against its survey, ready to store. */
export type CheckedSurveyAnswer = {
  values: SurveyAnswerValue[];
  overallRating?: number;
  comment?: string;
};

const MAX_TEXT = 4000;

/**
 * Checks an answer against the survey's questions: each rating a whole
 * number from 1 to 5, each yes/no a boolean, each text a string; the
 * required ones given; no question the survey lacks. A 400 names the
 * question (`answers.<id>`). The overall rating is the overall question's;
 * the comment the first text answered.
 */
export function checkSurveyAnswer(
  survey: SurveyDefinition,
  answers: Record<string, unknown>,
): CheckedSurveyAnswer {
  if (typeof answers !== 'object' || answers === null) {
    throw new InputError('answers must be an object by question id');
  }
  const known = new Set(survey.questions.map(q => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) {
      throw new InputError(
        `answers.${id} is not a question of survey ${survey.id}`,
      );
    }
  }
  const values: SurveyAnswerValue[] = [];
  for (const question of survey.questions) {
    const raw = answers[question.id];
    const field = `answers.${question.id}`;
    const blank =
      raw === undefined ||
      raw === null ||
      (typeof raw === 'string' && raw.trim() === '');
    if (blank) {
      if (question.required) throw new InputError(`${field} is required`);
      continue;
    }
    if (question.scale === 'rating') {
      if (
        typeof raw !== 'number' ||
        !Number.isInteger(raw) ||
        raw < 1 ||
        raw > 5
      ) {
        throw new InputError(`${field} must be a whole number from 1 to 5`);
      }
      values.push({ questionId: question.id, value: raw });
    } else if (question.scale === 'yes-no') {
      if (typeof raw !== 'boolean') {
        throw new InputError(`${field} must be true (yes) or false (no)`);
      }
      values.push({ questionId: question.id, value: raw ? 1 : 0 });
    } else {
      if (typeof raw !== 'string') {
        throw new InputError(`${field} must be text`);
      }
      if (raw.length > MAX_TEXT) {
        throw new InputError(`${field} must be at most ${MAX_TEXT} characters`);
      }
      values.push({ questionId: question.id, text: raw.trim() });
    }
  }
  const overall = overallQuestionOf(survey);
  const overallRating = values.find(v => v.questionId === overall?.id)?.value;
  const comment = values.find(v => v.text !== undefined)?.text;
  return {
    values,
    ...(overallRating !== undefined ? { overallRating } : {}),
    ...(comment !== undefined ? { comment } : {}),
  };
}
