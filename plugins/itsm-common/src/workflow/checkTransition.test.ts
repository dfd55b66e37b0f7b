import fc from 'fast-check';
import { availableTransitions, checkTransition } from './checkTransition';
import { IncidentState, incidentWorkflow } from './incidentWorkflow';

/**
 * The incident lifecycle as a person would draw it, written out by hand and
 * independently of the table under test: for each state, the actions that
 * are legal there and where each one leads. Every pair not listed is illegal.
 */
const expected: Record<IncidentState, Record<string, IncidentState>> = {
  new: {
    accept: 'accepted',
    start: 'in_progress',
    resolve: 'resolved',
    cancel: 'cancelled',
  },
  accepted: {
    start: 'in_progress',
    hold: 'on_hold',
    resolve: 'resolved',
    cancel: 'cancelled',
  },
  in_progress: { hold: 'on_hold', resolve: 'resolved', cancel: 'cancelled' },
  on_hold: { resume: 'in_progress', cancel: 'cancelled' },
  resolved: { reopen: 'in_progress', close: 'closed' },
  closed: {},
  cancelled: {},
};

/** A body that carries every field any transition might require. */
const fullBody = {
  resolution: 'Rolled back 1.4.2',
  cause: 'Release 1.4.3 broke the card tokeniser',
  verification: 'Test payment went through',
  reason: 'It broke again',
  assignee: 'user:default/sam.agent',
  holdReason: 'vendor',
};

const states = incidentWorkflow.states;
const actions = [...new Set(incidentWorkflow.transitions.map(t => t.action))];

const matrix = states.flatMap(state =>
  actions.map(action => ({ state, action, to: expected[state][action] })),
);

describe('checkTransition on the incident workflow', () => {
  it('covers exactly the states and actions of the hand-written table', () => {
    // Keeps the matrix below honest: a state or action added to the table
    // without a decision here must fail this test, not go unchecked.
    expect([...states].sort()).toEqual(Object.keys(expected).sort());
    expect([...actions].sort()).toEqual(
      [...new Set(Object.values(expected).flatMap(Object.keys))].sort(),
    );
  });

  describe.each(matrix.filter(c => c.to !== undefined))(
    'from $state, $action',
    ({ state, action, to }) => {
      it(`is allowed and leads to ${to}`, () => {
        const check = checkTransition(
          incidentWorkflow,
          state,
          action,
          fullBody,
        );
        expect(check).toEqual({
          allowed: true,
          transition: expect.objectContaining({ action, to }),
        });
      });
    },
  );

  describe.each(matrix.filter(c => c.to === undefined))(
    'from $state, $action',
    ({ state, action }) => {
      it('is refused with the state label and the legal actions', () => {
        const check = checkTransition(
          incidentWorkflow,
          state,
          action,
          fullBody,
        );
        const label = incidentWorkflow.stateLabels[state];
        // Illegal here is not "unknown": the action exists elsewhere, so no field.
        expect(check).toEqual({
          allowed: false,
          reason: expect.stringMatching(
            new RegExp(`^Cannot ${action} a record that is ${label}; `),
          ),
        });
        const { reason } = check as { reason: string };
        const legal = Object.keys(expected[state]);
        const listed =
          /from here it can (.*)$/.exec(reason)?.[1].split(', ') ?? [];
        expect(listed.sort()).toEqual(legal.sort());
        expect(reason.endsWith('no action is possible from here')).toBe(
          legal.length === 0,
        );
      });
    },
  );

  it('words the refusal the way the API shows it', () => {
    expect(checkTransition(incidentWorkflow, 'new', 'close')).toEqual({
      allowed: false,
      reason:
        'Cannot close a record that is New; from here it can accept, start, resolve, cancel',
    });
    expect(checkTransition(incidentWorkflow, 'closed', 'reopen')).toEqual({
      allowed: false,
      reason:
        'Cannot reopen a record that is Closed; no action is possible from here',
    });
  });

  it.each(['', 'Start', 'delete', 'resolve ', 'constructor', '__proto__'])(
    'refuses the unknown action %p naming the field action and the known actions',
    action => {
      expect(
        checkTransition(incidentWorkflow, 'new', action, fullBody),
      ).toEqual({
        allowed: false,
        field: 'action',
        reason: `Unknown action '${action}'; the actions are accept, start, hold, resume, resolve, reopen, close, cancel`,
      });
    },
  );

  describe.each([
    { action: 'resolve', state: 'new' as const, field: 'resolution' },
    { action: 'resolve', state: 'in_progress' as const, field: 'cause' },
    { action: 'resolve', state: 'accepted' as const, field: 'verification' },
    { action: 'reopen', state: 'resolved' as const, field: 'reason' },
    { action: 'cancel', state: 'on_hold' as const, field: 'reason' },
    { action: 'accept', state: 'new' as const, field: 'assignee' },
    { action: 'hold', state: 'in_progress' as const, field: 'holdReason' },
  ])('$action from $state', ({ action, state, field }) => {
    it.each([
      ['missing', {}],
      ['undefined', { [field]: undefined }],
      ['null', { [field]: null }],
      ['empty', { [field]: '' }],
      ['blank', { [field]: '   ' }],
      ['whitespace', { [field]: '\n\t ' }],
    ])(`refuses a %s ${field}, naming the field`, (_, body) => {
      const { [field as keyof typeof fullBody]: _omitted, ...others } =
        fullBody;
      expect(
        checkTransition(incidentWorkflow, state, action, {
          ...others,
          ...body,
        }),
      ).toEqual({
        allowed: false,
        field,
        reason: `${field} is required to ${action}`,
      });
    });

    it(`allows a filled ${field}`, () => {
      const check = checkTransition(incidentWorkflow, state, action, {
        ...fullBody,
        [field]: field === 'holdReason' ? 'caller' : ' x ',
      });
      expect(check.allowed).toBe(true);
    });
  });

  it('refuses an illegal move before complaining about missing fields', () => {
    // Telling a user to fill in a reason for a move they cannot make anyway
    // would send them the wrong way.
    expect(checkTransition(incidentWorkflow, 'closed', 'reopen', {})).toEqual({
      allowed: false,
      reason: expect.stringMatching(/^Cannot reopen a record that is Closed/),
    });
  });

  it('needs no body for moves without required fields', () => {
    expect(checkTransition(incidentWorkflow, 'new', 'start').allowed).toBe(
      true,
    );
    expect(checkTransition(incidentWorkflow, 'resolved', 'close').allowed).toBe(
      true,
    );
  });
});

describe('workflow properties', () => {
  const anyState = fc.constantFrom(...incidentWorkflow.states);
  const anyAction = fc.oneof(fc.constantFrom(...actions), fc.string());

  it('allows an action iff a transition with that action lists the state in from', () => {
    fc.assert(
      fc.property(anyState, anyAction, (state, action) => {
        const legal = incidentWorkflow.transitions.some(
          t => t.action === action && t.from.includes(state),
        );
        const known = incidentWorkflow.transitions.some(
          t => t.action === action,
        );
        const check = checkTransition(
          incidentWorkflow,
          state,
          action,
          fullBody,
        );
        const answer = check.allowed
          ? {
              allowed: true,
              action: check.transition.action,
              fromHere: check.transition.from.includes(state),
            }
          : { allowed: false, unknownAction: check.field === 'action' };
        expect(answer).toEqual(
          legal
            ? { allowed: true, action, fromHere: true }
            : { allowed: false, unknownAction: !known },
        );
      }),
    );
  });

  it('without a body, allows exactly the legal moves that require nothing', () => {
    fc.assert(
      fc.property(anyState, anyAction, (state, action) => {
        const transition = incidentWorkflow.transitions.find(
          t => t.action === action && t.from.includes(state),
        );
        const check = checkTransition(incidentWorkflow, state, action);
        expect(check.allowed).toBe(
          transition !== undefined && !transition.requiredFields?.length,
        );
      }),
    );
  });

  it('never offers a transition that does not start at the state', () => {
    fc.assert(
      fc.property(anyState, state => {
        const offered = availableTransitions(incidentWorkflow, state);
        for (const t of offered) {
          expect(t.from).toContain(state);
        }
        // ...and offers every one that does.
        expect(offered.map(t => t.action).sort()).toEqual(
          Object.keys(expected[state]).sort(),
        );
      }),
    );
  });

  it('offers only actions that checkTransition then allows', () => {
    fc.assert(
      fc.property(anyState, state => {
        for (const t of availableTransitions(incidentWorkflow, state)) {
          const check = checkTransition(
            incidentWorkflow,
            state,
            t.action,
            fullBody,
          );
          expect(check).toEqual({ allowed: true, transition: t });
        }
      }),
    );
  });

  it('reaches every state from the initial state', () => {
    const seen = new Set<string>([incidentWorkflow.initialState]);
    const queue: IncidentState[] = [incidentWorkflow.initialState];
    while (queue.length) {
      const state = queue.shift()!;
      for (const t of availableTransitions(incidentWorkflow, state)) {
        if (!seen.has(t.to)) {
          seen.add(t.to);
          queue.push(t.to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...incidentWorkflow.states].sort());
  });

  it('leads only to states the workflow knows', () => {
    for (const t of incidentWorkflow.transitions) {
      expect(incidentWorkflow.states).toContain(t.to);
      for (const from of t.from) {
        expect(incidentWorkflow.states).toContain(from);
      }
    }
  });

  it('has a way out of every non-terminal state and none out of a terminal one', () => {
    for (const state of incidentWorkflow.states) {
      const ways = availableTransitions(incidentWorkflow, state);
      const terminal = incidentWorkflow.terminalStates.includes(state);
      expect({ state, hasWayOut: ways.length > 0 }).toEqual({
        state,
        hasWayOut: !terminal,
      });
    }
  });

  it("refuses a value outside a field's choices, naming the field and the choices", () => {
    expect(
      checkTransition(incidentWorkflow, 'in_progress', 'hold', {
        holdReason: 'lunch',
      }),
    ).toEqual({
      allowed: false,
      field: 'holdReason',
      reason: "holdReason must be one of caller, vendor, change, not 'lunch'",
    });
    expect(
      checkTransition(incidentWorkflow, 'new', 'accept', {
        assignee: 'user:default/sam.agent',
        category: 'printer',
      }),
    ).toMatchObject({ allowed: false, field: 'category' });
  });
});
