import { ImpactLevel } from './incidentFields';

/**
 * The answers to "How many people are affected?", asked of an employee who
 * reports for themselves instead of the technical impact (§3.1.2).
 *
 * @public
 */
export const affectedAnswers = [
  'just_me',
  'my_team',
  'many',
  'everyone',
] as const;

/** @public */
export type AffectedAnswer = (typeof affectedAnswers)[number];

/**
 * The answers to "Can you work?", asked instead of the technical urgency.
 *
 * @public
 */
export const canWorkAnswers = ['yes', 'slowly', 'blocked'] as const;

/** @public */
export type CanWorkAnswer = (typeof canWorkAnswers)[number];

/**
 * The plain questions of the self-service report and what each answer
 * means: the one table from an employee's words to the impact and urgency
 * the priority matrix (the backend's) reads.
 *
 * @public
 */
export const reporterQuestions = {
  affected: {
    question: 'How many people are affected?',
    answers: {
      just_me: { label: 'Just me', impact: 'low' },
      my_team: { label: 'My team', impact: 'medium' },
      many: { label: 'Many people, or a whole site', impact: 'high' },
      everyone: { label: 'Everyone, or our customers', impact: 'high' },
    } satisfies Record<AffectedAnswer, { label: string; impact: ImpactLevel }>,
  },
  canWork: {
    question: 'Can you work?',
    answers: {
      yes: { label: "Yes, it's an annoyance", urgency: 'low' },
      slowly: {
        label: 'Only slowly, or with a workaround',
        urgency: 'medium',
      },
      blocked: { label: "No, I'm blocked", urgency: 'high' },
    } satisfies Record<CanWorkAnswer, { label: string; urgency: ImpactLevel }>,
  },
} as const;

/**
 * The impact and urgency an employee's answers to the plain questions mean.
 *
 * @public
 */
export function impactOfAnswers(
  affected: AffectedAnswer,
  canWork: CanWorkAnswer,
): { impact: ImpactLevel; urgency: ImpactLevel } {
  return {
    impact: reporterQuestions.affected.answers[affected].impact,
    urgency: reporterQuestions.canWork.answers[canWork].urgency,
  };
}
