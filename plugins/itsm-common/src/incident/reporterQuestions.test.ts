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
    const lowered: string[] = [];
    for (let a = 0; a < affectedAnswers.length; a++) {
      for (let c = 0; c < canWorkAnswers.length; c++) {
        const worse = [
          a > 0 && rank(a, c) > rank(a - 1, c),
          c > 0 && rank(a, c) > rank(a, c - 1),
        ];
        if (worse.some(Boolean)) {
          lowered.push(`${affectedAnswers[a]}, ${canWorkAnswers[c]}`);
        }
      }
    }
    expect(lowered).toEqual([]);
  });
});
