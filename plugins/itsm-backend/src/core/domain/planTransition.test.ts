import {
  incidentWorkflow,
  WorkflowDefinition,
  WorkflowRole,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { StoredRecord } from '../model/recordModel';
import { planTransition, TransitionInput } from './planTransition';
import {
  IncidentMoveFields,
  incidentMoveFields,
} from '../../incidents/domain/incidentMoveFields';

const workflow = incidentWorkflow as WorkflowDefinition;
const actor = 'user:default/sam.agent';
const now = '2026-11-28T11:00:00.000Z';

function record(overrides: Partial<StoredRecord> = {}): StoredRecord {
  return {
    id: '6f1c1d5e-5b7a-4a57-9a3e-1d0f2b0c9a11',
    type: 'incident',
    number: 12,
    ref: 'INC-12',
    title: 'Checkout fails',
    description: 'HTTP 500 on /pay',
    state: 'new',
    priority: 'P2',
    version: 3,
    fields: {},
    entityRefs: ['component:default/checkout-service'],
    reportedBy: 'user:default/pat.engineer',
    reopenCount: 0,
    escalationCount: 0,
    createdBy: 'user:default/pat.engineer',
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:30:00.000Z',
    ...overrides,
  };
}

/** What resolving says (§3.2.4): the fix, the cause, how it was verified. */
const fix = {
  resolution: 'Rolled back 1.4.2',
  cause: 'Release 1.4.2 broke the card tokeniser',
  verification: 'A test payment went through',
};

function plan(
  r: StoredRecord,
  input: Omit<TransitionInput, 'version'> &
    IncidentMoveFields & {
      action: string;
    },
  roles: WorkflowRole[] = ['worker'],
) {
  return planTransition({
    workflow,
    record: r,
    input: { version: r.version, ...input },
    roles,
    moveFields: incidentMoveFields,
    actor,
    now,
  });
}

describe('planTransition', () => {
  it('starts work on a new incident, guarded by its state', () => {
    const result = plan(record(), { action: 'start' });
    expect(result.expectedState).toBe('new');
    // Leaving `new` is when the incident was taken on (time to accept).
    expect(result.set).toEqual({
      state: 'in_progress',
      isOpen: true,
      fields: {},
      acceptedAt: now,
    });
    expect(result.event).toEqual({
      kind: 'transition',
      actor,
      data: { action: 'start', from: 'new', to: 'in_progress' },
    });
  });

  it.each(['new', 'accepted', 'in_progress'])(
    'resolves from %s, keeping the resolution, cause, verification and the time',
    state => {
      const result = plan(record({ state }), { action: 'resolve', ...fix });
      expect(result.expectedState).toBe(state);
      expect(result.set).toEqual({
        state: 'resolved',
        isOpen: false,
        fields: fix,
        resolvedAt: now,
        ...(state === 'new' ? { acceptedAt: now } : {}),
      });
      expect(result.set).not.toHaveProperty('closedAt');
      expect(result.event.data).toEqual({
        action: 'resolve',
        from: state,
        to: 'resolved',
        ...fix,
      });
    },
  );

  it('accepts an incident, giving it to someone and classifying it', () => {
    const result = plan(record(), {
      action: 'accept',
      assignee: 'user:default/sam.agent',
      category: 'software',
    });
    expect(result.set).toEqual({
      state: 'accepted',
      isOpen: true,
      fields: {},
      assignee: 'user:default/sam.agent',
      category: 'software',
      acceptedAt: now,
    });
  });

  it('keeps the first time an incident was taken on, and counts reopenings', () => {
    const taken = record({ acceptedAt: '2026-11-28T09:00:00.000Z' });
    expect(plan(taken, { action: 'start' }).set).not.toHaveProperty(
      'acceptedAt',
    );
    const reopened = plan(record({ state: 'resolved', reopenCount: 1 }), {
      action: 'reopen',
      reason: 'Still broken',
    });
    expect(reopened.set.reopenCount).toBe(2);
    expect(
      plan(record(), { action: 'cancel', reason: 'Duplicate' }).set,
    ).not.toHaveProperty('acceptedAt');
  });

  it('keeps why an incident waits only while it is on hold', () => {
    const held = plan(record({ state: 'in_progress' }), {
      action: 'hold',
      holdReason: 'vendor',
    });
    expect(held.set.fields).toEqual({ holdReason: 'vendor' });
    const resumed = plan(
      record({ state: 'on_hold', fields: { holdReason: 'vendor' } }),
      { action: 'resume' },
    );
    expect(resumed.set.fields).toEqual({});
  });

  it('cancels with a reason, stamping closedAt', () => {
    const result = plan(
      record({ state: 'on_hold', fields: { holdReason: 'caller' } }),
      {
        action: 'cancel',
        reason: 'Duplicate of INC-3',
      },
    );
    expect(result.set.state).toBe('cancelled');
    expect(result.set.closedAt).toBe(now);
    expect(result.event.data.reason).toBe('Duplicate of INC-3');
  });

  it('keeps the type fields it does not touch', () => {
    const result = plan(
      record({ state: 'in_progress', fields: { severity: 'high' } }),
      { action: 'resolve', ...fix },
    );
    expect(result.set.fields).toEqual({ severity: 'high', ...fix });
  });

  it('does not change the record it plans for', () => {
    const r = record({ state: 'in_progress', fields: { severity: 'high' } });
    const before = structuredClone(r);
    plan(r, { action: 'resolve', ...fix });
    expect(r).toEqual(before);
  });

  it('clears resolvedAt when a resolved incident is reopened, and keeps the reason', () => {
    const resolved = record({
      state: 'resolved',
      resolvedAt: '2026-11-28T10:45:00.000Z',
      fields: { resolution: 'Restarted' },
    });
    const result = plan(resolved, {
      action: 'reopen',
      reason: 'It broke again',
      comment: 'Customers report 500s',
    });
    expect(result.expectedState).toBe('resolved');
    expect(result.set.state).toBe('in_progress');
    expect(result.set.resolvedAt).toBeNull();
    expect(result.set).not.toHaveProperty('closedAt');
    expect(result.event.data).toEqual({
      action: 'reopen',
      from: 'resolved',
      to: 'in_progress',
      reason: 'It broke again',
      comment: 'Customers report 500s',
    });
  });

  it('closes a resolved incident when the reporter confirms, stamping closedAt and keeping resolvedAt', () => {
    const result = plan(
      record({ state: 'resolved', resolvedAt: '2026-11-28T10:45:00.000Z' }),
      { action: 'close' },
      ['reporter'],
    );
    expect(result.set.state).toBe('closed');
    expect(result.set.closedAt).toBe(now);
    // Not in the change at all: the stored resolvedAt stays as it is.
    expect(result.set).not.toHaveProperty('resolvedAt');
    expect(result.set).not.toHaveProperty('satisfactionRating');
  });

  it('keeps the rating and feedback the reporter gives when confirming', () => {
    const result = plan(
      record({ state: 'resolved', fields: fix }),
      { action: 'close', rating: 4, feedback: 'Quick, thanks' },
      ['reporter'],
    );
    expect(result.set.satisfactionRating).toBe(4);
    expect(result.set.fields).toEqual({ ...fix, feedback: 'Quick, thanks' });
    expect(result.event.data).toMatchObject({ rating: 4 });
  });

  it.each([
    [{ rating: 6 }, /rating must be one of 1, 2, 3, 4, 5, not '6'/],
    [{ rating: 0 }, /rating must be one of/],
  ])('refuses a rating outside 1-5: %p', (extra, message) => {
    expect(() =>
      plan(record({ state: 'resolved' }), { action: 'close', ...extra }, [
        'reporter',
      ]),
    ).toThrow(message);
  });

  it('refuses a rating with any move but the confirmation', () => {
    expect(() =>
      plan(record({ state: 'in_progress' }), {
        action: 'resolve',
        ...fix,
        rating: 5,
      }),
    ).toThrow('rating is not part of resolve');
  });

  it('lets only the reporter confirm, and says so', () => {
    const resolved = record({ state: 'resolved' });
    expect(() => plan(resolved, { action: 'close' }, ['worker'])).toThrow(
      NotAllowedError,
    );
    expect(() => plan(resolved, { action: 'close' }, ['worker'])).toThrow(
      'Only the reporter of INC-12 (user:default/pat.engineer) may close it',
    );
  });

  it('lets the reporter reject a resolution but not work the incident', () => {
    const resolved = record({ state: 'resolved' });
    expect(
      plan(resolved, { action: 'reopen', reason: 'Still broken' }, ['reporter'])
        .set.state,
    ).toBe('in_progress');
    expect(() =>
      plan(record({ state: 'new' }), { action: 'start' }, ['reporter']),
    ).toThrow('You may not start INC-12: only those who work it may');
  });

  it('leaves the timestamps alone on a move that does not concern them', () => {
    const result = plan(record(), { action: 'start' });
    expect(result.set).not.toHaveProperty('resolvedAt');
    expect(result.set).not.toHaveProperty('closedAt');
  });

  it('puts only the fields that were sent into the event', () => {
    const result = plan(record(), { action: 'start', comment: 'On it' });
    expect(result.event.data).toEqual({
      action: 'start',
      from: 'new',
      to: 'in_progress',
      comment: 'On it',
    });
  });

  it.each([
    [
      'new',
      'close',
      /Cannot close a record that is New; from here it can accept, start, resolve, cancel/,
    ],
    ['new', 'reopen', /Cannot reopen a record that is New/],
    [
      'in_progress',
      'start',
      /Cannot start a record that is In progress; from here it can hold, resolve, cancel/,
    ],
    [
      'resolved',
      'start',
      /Cannot start a record that is Resolved; from here it can reopen, close/,
    ],
    [
      'closed',
      'reopen',
      /Cannot reopen a record that is Closed; no action is possible/,
    ],
    ['closed', 'close', /Cannot close a record that is Closed/],
  ])(
    'refuses to move a %s incident with %s as a conflict (409), saying why',
    (state, action, message) => {
      expect(() =>
        plan(record({ state }), { action, ...fix, reason: 'y' }),
      ).toThrow(ConflictError);
      expect(() =>
        plan(record({ state }), { action, ...fix, reason: 'y' }),
      ).toThrow(message);
    },
  );

  it('refuses an unknown action, naming the field', () => {
    expect(() => plan(record(), { action: 'delete' })).toThrow(InputError);
    expect(() => plan(record(), { action: 'delete' })).toThrow(
      /^action: Unknown action 'delete'/,
    );
  });

  it.each([
    [
      'resolve',
      'new',
      { ...fix, resolution: '  ' },
      /^resolution is required to resolve$/,
    ],
    [
      'resolve',
      'in_progress',
      { resolution: 'x', cause: 'y' },
      /^verification is required to resolve$/,
    ],
    ['reopen', 'resolved', { reason: '' }, /^reason is required to reopen$/],
    ['reopen', 'resolved', {}, /^reason is required to reopen$/],
    [
      'hold',
      'in_progress',
      { holdReason: 'lunch' },
      /^holdReason must be one of caller, vendor, change/,
    ],
  ])(
    'refuses to %s from %s without the required field (400)',
    (action, state, extra, message) => {
      const attempt = () => plan(record({ state }), { action, ...extra });
      expect(attempt).toThrow(InputError);
      expect(attempt).toThrow(message);
    },
  );
});
