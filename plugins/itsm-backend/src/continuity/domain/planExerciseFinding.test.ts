import { StoredRecord } from '../../core/model/recordModel';
import { planExerciseFinding } from './planExerciseFinding';

const exercise = {
  ref: 'EX-1',
  type: 'exercise',
  state: 'completed',
  fields: {},
} as unknown as StoredRecord;

describe('planExerciseFinding', () => {
  it('puts the finding on the timeline one part a change, the owner as a ref the portal names', () => {
    const { change, finding } = planExerciseFinding({
      exercise,
      input: {
        title: 'Automate the failover',
        owner: 'group:default/payments-team',
        dueDate: '2026-12-21',
      },
      planRevised: 'CP-1',
      actor: 'user:default/paula.lead',
      now: '2026-12-07T12:00:00.000Z',
    });
    expect(finding).toMatchObject({ id: 'F1', planRevised: 'CP-1' });
    expect(change.event?.data?.changes).toEqual([
      { field: 'Finding', from: null, to: 'Automate the failover' },
      {
        field: 'Finding owner',
        from: null,
        to: 'group:default/payments-team',
      },
      { field: 'Finding due', from: null, to: '2026-12-21' },
      { field: 'Plan sent to revision', from: null, to: 'CP-1' },
    ]);
  });
});
