import { checkTransition } from '../workflow/checkTransition';
import { ChangeModel } from './changeFields';
import { ChangeState, changeWorkflow } from './changeWorkflow';

type Table = Record<ChangeState, Record<string, ChangeState>>;

/**
 * The change lifecycle as a change manager would draw it, per model,
 * written out by hand and independently of the table under test. Every
 * (state, action) pair not listed is illegal for that model.
 */
const normal: Table = {
  draft: { submit: 'submitted', cancel: 'cancelled' },
  submitted: {
    accept: 'accepted',
    return: 'draft',
    reject: 'rejected',
    cancel: 'cancelled',
  },
  accepted: {
    assess: 'assessed',
    return: 'draft',
    reject: 'rejected',
    cancel: 'cancelled',
  },
  assessed: {
    request_approval: 'awaiting_approval',
    return: 'draft',
    reject: 'rejected',
    cancel: 'cancelled',
  },
  awaiting_approval: { cancel: 'cancelled' },
  scheduled: { start: 'implementing', cancel: 'cancelled' },
  implementing: { complete: 'review', close: 'closed' },
  review: { close: 'closed' },
  closed: {},
  rejected: {},
  cancelled: {},
};

const expected: Record<ChangeModel, Table> = {
  normal,
  // Pre-approved: submitting schedules it.
  standard: { ...normal, draft: { submit: 'scheduled', cancel: 'cancelled' } },
  // Approval without a written assessment; never closed without review.
  emergency: {
    ...normal,
    accepted: { ...normal.accepted, request_approval: 'awaiting_approval' },
    implementing: { complete: 'review' },
  },
};

const fullBody = {
  reason: 'Window clashes with the quarter close',
  assessment: 'Touches checkout; two dependants; no SLA breach expected',
  outcome: 'successful',
  satisfaction: '4',
  lessons: 'Warm the cache first',
  comment: 'ok',
};

const actions = [...new Set(changeWorkflow.transitions.map(t => t.action))];

describe('the change workflow', () => {
  it('has exactly the states and actions of the hand-written tables', () => {
    for (const table of Object.values(expected)) {
      expect([...changeWorkflow.states].sort()).toEqual(
        Object.keys(table).sort(),
      );
    }
    expect([...actions].sort()).toEqual(
      [
        ...new Set(
          Object.values(expected).flatMap(t =>
            Object.values(t).flatMap(Object.keys),
          ),
        ),
      ].sort(),
    );
  });

  const cases = (Object.keys(expected) as ChangeModel[]).flatMap(model =>
    changeWorkflow.states.flatMap(state =>
      actions.map(action => ({
        model,
        state,
        action,
        to: expected[model][state][action] as ChangeState | undefined,
      })),
    ),
  );

  it.each(cases.filter(c => c.to))(
    '$model: $action from $state leads to $to',
    ({ model, state, action, to }) => {
      expect(
        checkTransition(changeWorkflow, state, action, fullBody, { model }),
      ).toEqual({
        allowed: true,
        transition: expect.objectContaining({ action, to }),
      });
    },
  );

  it.each(cases.filter(c => !c.to))(
    '$model: $action from $state is refused',
    ({ model, state, action }) => {
      const check = checkTransition(changeWorkflow, state, action, fullBody, {
        model,
      });
      expect(check.allowed).toBe(false);
    },
  );

  it('names the model when a move is not for it', () => {
    expect(
      checkTransition(changeWorkflow, 'implementing', 'close', fullBody, {
        model: 'emergency',
      }),
    ).toEqual({
      allowed: false,
      reason:
        "Cannot close a record whose model is 'emergency'; only when it is standard or normal",
    });
  });

  it('requires the review before a reviewed change closes', () => {
    expect(
      checkTransition(
        changeWorkflow,
        'review',
        'close',
        { outcome: 'failed', satisfaction: '2' },
        { model: 'normal' },
      ),
    ).toEqual({
      allowed: false,
      field: 'lessons',
      reason: 'lessons is required to close',
    });
    expect(
      checkTransition(
        changeWorkflow,
        'review',
        'close',
        { ...fullBody, outcome: 'fine' },
        { model: 'normal' },
      ),
    ).toMatchObject({ allowed: false, field: 'outcome' });
  });

  it('keeps only the states before implementation cancellable', () => {
    const cancel = changeWorkflow.transitions.find(t => t.action === 'cancel');
    expect(cancel?.from).not.toContain('implementing');
    expect(changeWorkflow.terminalStates).toEqual([
      'closed',
      'rejected',
      'cancelled',
    ]);
  });
});
