import { checkTransition } from '../workflow/checkTransition';
import { ReleaseState, releaseWorkflow } from './releaseWorkflow';

/**
 * The release lifecycle as a release manager would draw it, written out by
 * hand and independently of the table under test. Every (state, action)
 * pair not listed is illegal.
 */
const expected: Record<ReleaseState, Record<string, ReleaseState>> = {
  planned: { request_approval: 'awaiting_approval', cancel: 'cancelled' },
  awaiting_approval: { cancel: 'cancelled' },
  approved: { sign_off: 'ready', cancel: 'cancelled' },
  ready: { start_rollout: 'rolling_out', cancel: 'cancelled' },
  rolling_out: { complete_rollout: 'confirming', rollback: 'rolled_back' },
  confirming: { confirm: 'released', rollback: 'rolled_back' },
  released: { rollback: 'rolled_back' },
  rolled_back: {},
  cancelled: {},
};

const fullBody = {
  reason: 'Checkout errors at 50%',
  outcome: 'successful',
  confirmation: 'Orders flow as before; the new tariff is live',
  comment: 'ok',
};

const actions = [...new Set(releaseWorkflow.transitions.map(t => t.action))];

describe('the release workflow', () => {
  it('has exactly the states and actions of the hand-written table', () => {
    expect([...releaseWorkflow.states].sort()).toEqual(
      Object.keys(expected).sort(),
    );
    expect([...actions].sort()).toEqual(
      [...new Set(Object.values(expected).flatMap(Object.keys))].sort(),
    );
    expect(
      [...releaseWorkflow.openStates, ...releaseWorkflow.terminalStates].sort(),
    ).toEqual([...releaseWorkflow.states].sort());
  });

  const cases = releaseWorkflow.states.flatMap(state =>
    actions.map(action => ({ state, action, to: expected[state][action] })),
  );

  it.each(cases.filter(c => c.to))(
    '$action from $state leads to $to',
    ({ state, action, to }) => {
      expect(checkTransition(releaseWorkflow, state, action, fullBody)).toEqual(
        { allowed: true, transition: expect.objectContaining({ action, to }) },
      );
    },
  );

  it.each(cases.filter(c => !c.to))(
    '$action from $state is refused',
    ({ state, action }) => {
      expect(
        checkTransition(releaseWorkflow, state, action, fullBody).allowed,
      ).toBe(false);
    },
  );

  it('needs a reason to roll back and the business confirmation to release', () => {
    expect(
      checkTransition(releaseWorkflow, 'confirming', 'rollback', {}),
    ).toMatchObject({ allowed: false, field: 'reason' });
    expect(
      checkTransition(releaseWorkflow, 'confirming', 'confirm', {
        outcome: 'successful',
      }),
    ).toMatchObject({ allowed: false, field: 'confirmation' });
    expect(
      checkTransition(releaseWorkflow, 'confirming', 'confirm', {
        ...fullBody,
        outcome: 'great',
      }),
    ).toMatchObject({ allowed: false, field: 'outcome' });
  });
});
