import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { planOverdueMeasureReminders } from './planOverdueMeasureReminders';

const plan = (measures: object[], state = 'active') =>
  aStoredRecord({
    type: 'continuity-plan',
    ref: 'CP-1',
    state,
    fields: { measures },
  });
const measure = {
  id: 'm1',
  phase: 'prevention',
  title: 'Replicate the database',
  owner: 'group:default/payments-team',
  dueDate: '2026-12-01',
};
const now = new Date('2026-12-08T10:00:00Z');

describe('overdue measure reminders', () => {
  it('tells the owner of a measure past its due date once for that date', () => {
    const planned = planOverdueMeasureReminders(plan([measure]), now)!;
    expect(planned.event.data.overdue).toEqual([
      expect.objectContaining({ id: 'm1', owner: measure.owner }),
    ]);
    const told = plan(planned.set.fields!.measures as object[]);
    expect(planOverdueMeasureReminders(told, now)).toBeUndefined();
    // A new due date that passes is told again.
    const moved = plan([
      {
        ...(planned.set.fields!.measures as object[])[0],
        dueDate: '2026-12-05',
      },
    ]);
    expect(planOverdueMeasureReminders(moved, now)).toBeDefined();
  });

  it('tells nobody of a measure done, not yet due, or of a retired plan', () => {
    expect(
      planOverdueMeasureReminders(
        plan([{ ...measure, doneAt: '2026-11-30T00:00:00Z' }]),
        now,
      ),
    ).toBeUndefined();
    expect(
      planOverdueMeasureReminders(
        plan([{ ...measure, dueDate: '2026-12-08' }]),
        now,
      ),
    ).toBeUndefined();
    expect(
      planOverdueMeasureReminders(plan([measure], 'retired'), now),
    ).toBeUndefined();
  });
});
