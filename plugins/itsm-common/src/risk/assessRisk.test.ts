import fc from 'fast-check';
import {
  assessRisk,
  defaultRiskQuestionnaire,
  RiskLevel,
  riskLevels,
  RiskQuestionnaire,
} from './assessRisk';

const questionnaire: RiskQuestionnaire = {
  questions: [
    { id: 'downtime', text: 'Needs downtime?', weight: 3 },
    { id: 'data', text: 'Changes data?', weight: 2 },
    {
      id: 'reach',
      text: 'Dependants?',
      options: [
        { value: 'none', label: 'None', weight: 0 },
        { value: 'many', label: 'Many', weight: 4 },
      ],
    },
  ],
  thresholds: { medium: 3, high: 6 },
};

const answers = (downtime: string, data: string, reach: string) => ({
  downtime,
  data,
  reach,
});

describe('assessRisk', () => {
  it.each([
    [answers('no', 'no', 'none'), 0, 'low'],
    [answers('no', 'yes', 'none'), 2, 'low'],
    [answers('yes', 'no', 'none'), 3, 'medium'],
    [answers('yes', 'yes', 'none'), 5, 'medium'],
    [answers('no', 'yes', 'many'), 6, 'high'],
    [answers('yes', 'yes', 'many'), 9, 'high'],
  ])('scores %p as %p, %p', (given, score, level) => {
    expect(assessRisk(questionnaire, { answers: given })).toEqual({
      ok: true,
      assessment: { answers: given, score, computed: level, level },
    });
  });

  it('lets the requester state a higher risk, which then counts', () => {
    const result = assessRisk(questionnaire, {
      answers: answers('no', 'no', 'none'),
      stated: 'high',
    });
    expect(result).toMatchObject({
      ok: true,
      assessment: { computed: 'low', stated: 'high', level: 'high' },
    });
  });

  it('refuses a lower stated risk without a reason, naming the field', () => {
    expect(
      assessRisk(questionnaire, {
        answers: answers('yes', 'yes', 'many'),
        stated: 'low',
      }),
    ).toEqual({
      ok: false,
      field: 'risk.statedReason',
      reason:
        'risk.statedReason: say why the risk is low when the questionnaire gives high',
    });
  });

  it('keeps the higher level even when a lower one is stated with a reason', () => {
    expect(
      assessRisk(questionnaire, {
        answers: answers('yes', 'yes', 'many'),
        stated: 'low',
        statedReason: 'Canary behind a flag',
      }),
    ).toMatchObject({
      ok: true,
      assessment: {
        computed: 'high',
        stated: 'low',
        statedReason: 'Canary behind a flag',
        level: 'high',
      },
    });
  });

  it.each([
    [{ downtime: 'yes', data: 'no' }, 'risk.answers.reach'],
    [answers('maybe', 'no', 'none'), 'risk.answers.downtime'],
    [answers('no', 'no', 'some'), 'risk.answers.reach'],
    [{ ...answers('no', 'no', 'none'), colour: 'red' }, 'risk.answers.colour'],
  ])('refuses %p naming %s', (given, field) => {
    expect(assessRisk(questionnaire, { answers: given })).toMatchObject({
      ok: false,
      field,
      reason: expect.stringContaining(field),
    });
  });

  it('never gives a level below the questionnaire or the stated one', () => {
    const answer = fc.constantFrom('yes', 'no');
    fc.assert(
      fc.property(
        answer,
        answer,
        fc.constantFrom('none', 'many'),
        fc.option(fc.constantFrom<RiskLevel>(...riskLevels), {
          nil: undefined,
        }),
        (downtime, data, reach, stated) => {
          const result = assessRisk(questionnaire, {
            answers: answers(downtime, data, reach),
            stated,
            statedReason: 'because',
          });
          if (!result.ok) return false;
          const { computed, level } = result.assessment;
          const rank = (l: RiskLevel) => riskLevels.indexOf(l);
          return (
            rank(level) === Math.max(rank(computed), stated ? rank(stated) : 0)
          );
        },
      ),
    );
  });

  it('has a default questionnaire whose answers can reach every level', () => {
    const { questions } = defaultRiskQuestionnaire;
    const answer = (q: (typeof questions)[number], yes: boolean) => {
      if (!q.options) return yes ? 'yes' : 'no';
      return q.options[yes ? q.options.length - 1 : 0].value;
    };
    const all = (yes: boolean) =>
      Object.fromEntries(questions.map(q => [q.id, answer(q, yes)]));
    const levelOf = (given: Record<string, string>) => {
      const r = assessRisk(defaultRiskQuestionnaire, { answers: given });
      return r.ok ? r.assessment.level : undefined;
    };
    expect(levelOf(all(false))).toBe('low');
    expect(levelOf({ ...all(false), downtime: 'yes', data: 'yes' })).toBe(
      'medium',
    );
    expect(levelOf(all(true))).toBe('high');
  });
});
