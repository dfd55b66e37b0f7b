/** How a survey question is answered (§2.3.5). */
export type SurveyScale = 'rating' | 'yes-no' | 'text';

/** One question of a survey. */
export type SurveyQuestion = {
  id: string;
  text: string;
  scale: SurveyScale;
  /** Whether it must be answered; rating and yes/no are, text is not, by default. */
  required: boolean;
};

/**
 * A satisfaction survey as configured (`itsm.improvement.surveys`): sent
 * after an incident's closure to its reporter, or each month to the
 * consumers of some services.
 */
export type SurveyDefinition = {
  id: string;
  title: string;
  kind: 'after-closure' | 'periodic';
  questions: SurveyQuestion[];
  /** The share of the eligible (closed incidents, consumers) asked, 0..1. */
  samplingRate: number;
  /** A person is asked this survey at most once per this many days. */
  onePerPersonPer: number;
  /** The rating question that is the answer's overall rating. */
  overallQuestionId?: string;
  /** Periodic: the services whose consumers are asked. */
  services: string[];
  /** Periodic: groups whose members are asked besides the reporters. */
  groups: string[];
  /** Periodic: how often it is sent. */
  schedule?: 'monthly';
};

/** The overall rating of an answer: its overall question's value, if given. */
export function overallQuestionOf(
  survey: SurveyDefinition,
): SurveyQuestion | undefined {
  return (
    survey.questions.find(q => q.id === survey.overallQuestionId) ??
    survey.questions.find(q => q.scale === 'rating')
  );
}
