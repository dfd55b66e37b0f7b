import { approvedContentOf, fieldsOutsideApproval } from './approvedContent';

const change = {
  type: 'change',
  entityRefs: ['component:default/checkout-service'],
  window: {
    start: '2026-12-02T20:00:00.000Z',
    end: '2026-12-02T22:00:00.000Z',
  },
  fields: {
    model: 'normal',
    changeType: 'system',
    plan: [
      { title: 'Build', owner: 'user:default/pat.engineer', done: false },
      { title: 'Roll out', done: false },
    ],
    backoutPlan: 'Redeploy 2.4.0',
    testPlan: 'Smoke tests',
    risk: {
      answers: { downtime: 'no' },
      level: 'low',
      computed: 'low',
      score: 0,
    },
    impact: { dependents: [] },
  },
};

describe('approvedContentOf and fieldsOutsideApproval', () => {
  const covers = approvedContentOf(change);

  it('takes what approvers decide on and leaves out the progress of the work', () => {
    expect(covers).toEqual({
      entityRefs: ['component:default/checkout-service'],
      window: change.window,
      changeType: 'system',
      model: 'normal',
      template: null,
      plan: [
        { title: 'Build', owner: 'user:default/pat.engineer' },
        { title: 'Roll out', owner: null },
      ],
      backoutPlan: 'Redeploy 2.4.0',
      testPlan: 'Smoke tests',
      risk: { answers: { downtime: 'no' }, level: 'low', stated: null },
    });
  });

  it('still covers the change as its steps are ticked off and its impact recorded', () => {
    const worked = {
      ...change,
      fields: {
        ...change.fields,
        plan: change.fields.plan.map(s => ({ ...s, done: true })),
        impact: { dependents: ['component:default/storefront'] },
        startedAt: '2026-12-02T20:05:00.000Z',
      },
    };
    expect(fieldsOutsideApproval(covers, worked)).toEqual([]);
  });

  it('names each approved field that moved, whatever the order of keys or entities', () => {
    const moved = {
      ...change,
      entityRefs: ['resource:default/core-switch-01', ...change.entityRefs],
      window: { end: change.window.end, start: '2026-12-02T19:00:00.000Z' },
      fields: {
        ...change.fields,
        plan: [...change.fields.plan, { title: 'Reboot the switch' }],
        risk: { ...change.fields.risk, answers: { downtime: 'yes' } },
      },
    };
    expect(fieldsOutsideApproval(covers, moved).map(f => f.field)).toEqual([
      'entityRefs',
      'window',
      'plan',
      'risk',
    ]);
    const reordered = {
      ...change,
      entityRefs: [...change.entityRefs].reverse(),
      window: { end: change.window.end, start: change.window.start },
    };
    expect(fieldsOutsideApproval(covers, reordered)).toEqual([]);
  });

  it("covers a release's package and a problem's solution plan, and nothing of other types", () => {
    const release = {
      type: 'release',
      entityRefs: ['component:default/checkout-service'],
      fields: {
        releaseVersion: '2.4.1',
        contents: { artifacts: [{ name: 'image', url: 'https://r/x:1' }] },
        phases: [{ name: 'canary', status: 'pending' }],
      },
    };
    const releaseCovers = approvedContentOf(release);
    expect(
      fieldsOutsideApproval(releaseCovers, {
        ...release,
        fields: {
          ...release.fields,
          phases: [{ name: 'canary', status: 'succeeded' }],
        },
      }),
    ).toEqual([]);
    expect(
      fieldsOutsideApproval(releaseCovers, {
        ...release,
        fields: { ...release.fields, contents: { artifacts: [] } },
      }).map(f => f.label),
    ).toEqual(['package contents']);
    const problem = {
      type: 'problem',
      entityRefs: [],
      fields: { solutionPlan: { description: 'Raise the pool', revision: 1 } },
    };
    expect(
      fieldsOutsideApproval(approvedContentOf(problem), {
        ...problem,
        fields: {
          solutionPlan: { description: 'Drop the table', revision: 1 },
        },
      }).map(f => f.field),
    ).toEqual(['solutionPlan']);
    expect(approvedContentOf({ ...problem, type: 'incident' })).toEqual({});
  });

  it("covers an improvement item's indicator, figures, owner, scope and due date, not its evaluation", () => {
    const item = {
      type: 'improvement',
      entityRefs: [
        'component:default/checkout-service',
        'component:default/storefront',
      ],
      fields: {
        owner: 'group:default/payments-team',
        expectedBenefit: 'Fewer escalations',
        indicatorId: 'incident-escalation-rate',
        baseline: 42,
        target: 20,
        dueDate: '2027-03-31',
        source: 'manual',
      },
    };
    const itemCovers = approvedContentOf(item);
    expect(itemCovers).toEqual({
      owner: 'group:default/payments-team',
      entityRefs: item.entityRefs,
      expectedBenefit: 'Fewer escalations',
      indicatorId: 'incident-escalation-rate',
      baseline: 42,
      target: 20,
      dueDate: '2027-03-31',
    });
    const evaluated = {
      ...item,
      fields: {
        ...item.fields,
        startedAt: '2027-01-04T09:00:00.000Z',
        evaluatingSince: '2027-03-01T09:00:00.000Z',
        outcome: 'effective',
        note: 'Escalations down to 18%',
      },
    };
    expect(fieldsOutsideApproval(itemCovers, evaluated)).toEqual([]);
    const moved = {
      // The first entity is the one measured: its order is the scope.
      entityRefs: [...item.entityRefs].reverse(),
      type: 'improvement',
      fields: { ...item.fields, target: 30, dueDate: '2027-06-30' },
    };
    expect(
      fieldsOutsideApproval(itemCovers, moved).map(f => [f.field, f.label]),
    ).toEqual([
      ['entityRefs', 'scope (affected entities)'],
      ['target', 'target'],
      ['dueDate', 'due date'],
    ]);
  });
});
