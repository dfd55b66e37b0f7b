import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { planStepUpdate } from './planStepUpdate';

const change = aStoredRecord({
  type: 'change',
  ref: 'CHG-4',
  state: 'implementing',
  reportedBy: 'user:default/pat.engineer',
  fields: {
    model: 'normal',
    plan: [
      {
        title: 'Build the image',
        owner: 'group:default/platform-team',
        done: false,
      },
      { title: 'Roll out', done: false },
    ],
  },
});
const base = {
  record: change,
  index: 0,
  done: true,
  actor: 'user:default/priya.platform',
  claims: ['user:default/priya.platform', 'group:default/platform-team'],
  isWorker: false,
  now: '2026-12-02T20:10:00.000Z',
};

describe('planStepUpdate', () => {
  it("lets the step's owning team tick it off, recording who and when", () => {
    const planned = planStepUpdate(base);
    expect((planned.set.fields as any).plan[0]).toEqual({
      title: 'Build the image',
      owner: 'group:default/platform-team',
      done: true,
      doneAt: '2026-12-02T20:10:00.000Z',
      doneBy: 'user:default/priya.platform',
    });
    expect(planned.event.data).toEqual({
      changes: [
        { field: 'plan step 1 (Build the image) done', from: false, to: true },
      ],
    });
  });

  it('lets the requester and workers tick any step, and nobody else', () => {
    const stranger = {
      actor: 'user:default/wes.web',
      claims: ['user:default/wes.web'],
    };
    expect(() => planStepUpdate({ ...base, ...stranger, index: 1 })).toThrow(
      "Only those who work CHG-4, its requester or the step's owner may tick its steps",
    );
    expect(() =>
      planStepUpdate({ ...base, ...stranger, index: 1, isWorker: true }),
    ).not.toThrow();
    expect(() =>
      planStepUpdate({
        ...base,
        ...stranger,
        actor: 'user:default/pat.engineer',
        index: 1,
      }),
    ).not.toThrow();
  });

  it('refuses outside implementation and for a step that does not exist, naming it', () => {
    expect(() =>
      planStepUpdate({ ...base, record: { ...change, state: 'scheduled' } }),
    ).toThrow(
      'Steps are ticked off while CHG-4 is implemented; it is scheduled',
    );
    expect(() => planStepUpdate({ ...base, index: 2 })).toThrow(
      'index: CHG-4 has steps 0 to 1, not 2',
    );
  });

  it('unticks a step, forgetting when it was done', () => {
    const done = planStepUpdate(base);
    const undone = planStepUpdate({
      ...base,
      record: { ...change, fields: done.set.fields! },
      done: false,
    });
    expect((undone.set.fields as any).plan[0]).toEqual({
      title: 'Build the image',
      owner: 'group:default/platform-team',
      done: false,
    });
  });
});
