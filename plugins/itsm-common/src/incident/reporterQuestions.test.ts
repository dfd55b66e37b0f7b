import { priorities } from '../priorities';
import { defaultPriorityMatrix, derivePriority } from './priorityMatrix';
import {
  affectedAnswers,
  canWorkAnswers,
  impactOfAnswers,
} from './reporterQuestions';

const priorityOf = (
  affected: (typeof affectedAnswers)[number],
  canWork: (typeof canWorkAnswers)[number],
) => {
  const { impact, urgency } = impactOfAnswers(affected, canWork);
  return derivePriority(defaultPriorityMatrix, impact, urgency);
};

describe('the plain questions of a self-service report', () => {
  it('reads "just me, an annoyance" as the lowest priority and "everyone, blocked" as the highest', () => {
    expect(impactOfAnswers('just_me', 'yes')).toEqual({
      impact: 'low',
      urgency: 'low',
    });
    expect(priorityOf('just_me', 'yes')).toBe('P4');
    expect(impactOfAnswers('everyone', 'blocked')).toEqual({
      impact: 'high',
      urgency: 'high',
    });
    expect(priorityOf('everyone', 'blocked')).toBe('P1');
    expect(impactOfAnswers('my_team', 'slowly')).toEqual({
      impact: 'medium',
      urgency: 'medium',
    });
  });

  it('never lowers the priority when more people are affected or the reporter is more blocked', () => {
    const rank = (a: number, c: number) =>
      priorities.indexOf(priorityOf(affectedAnswers[a], canWorkAnswers[c]));
    affectedAnswers.forEach((_a, a) =>
      canWorkAnswers.forEach((_c, c) => {
        if (a > 0) expect(rank(a, c)).toBeLessThanOrEqual(rank(a - 1, c));
        if (c > 0) expect(rank(a, c)).toBeLessThanOrEqual(rank(a, c - 1));
      }),
    );
  });
});
