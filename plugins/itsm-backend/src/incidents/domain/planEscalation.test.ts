import { ConflictError, NotAllowedError } from '@backstage/errors';
import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { StoredRecord } from '../../core/model/recordModel';
import {
  planFunctionalEscalation,
  planPriorityDecision,
  planPriorityRequest,
  PriorityRequest,
} from './planEscalation';

const sam = 'user:default/sam.agent';
const paula = 'user:default/paula.lead';
const now = '2026-11-28T11:00:00.000Z';

const record = (overrides: Partial<StoredRecord> = {}) =>
  aStoredRecord({
    number: 4,
    state: 'in_progress',
    version: 3,
    assignmentGroup: 'group:default/payments-team',
    supportTier: 'L2',
    assignee: sam,
    ...overrides,
  });

const request: PriorityRequest = {
  priority: 'P1',
  reason: 'All EU payments fail',
  requestedBy: sam,
  requestedAt: now,
  group: 'group:default/payments-team',
  lead: paula,
};

describe('functional escalation', () => {
  it('hands the incident to another group, letting the assignee go, with the reason on the timeline', () => {
    const plan = planFunctionalEscalation({
      record: record(),
      input: {
        assignmentGroup: 'group:default/dba-team',
        supportTier: 'L2',
        reason: 'The database refuses connections',
      },
      actor: sam,
    });
    expect(plan.set).toEqual({
      assignmentGroup: 'group:default/dba-team',
      supportTier: 'L2',
      assignee: null,
      escalationCount: 1,
    });
    expect(plan.event).toMatchObject({
      kind: 'escalated',
      data: {
        type: 'functional',
        from: {
          assignmentGroup: 'group:default/payments-team',
          supportTier: 'L2',
        },
        to: { assignmentGroup: 'group:default/dba-team', supportTier: 'L2' },
        reason: 'The database refuses connections',
      },
    });
  });

  it('escalates within the group only to a higher tier', () => {
    const within = (supportTier: 'L1' | 'L2' | 'L3') =>
      planFunctionalEscalation({
        record: record(),
        input: {
          assignmentGroup: 'group:default/payments-team',
          supportTier,
          reason: 'Needs the experts',
        },
        actor: sam,
      });
    expect(within('L3').set.supportTier).toBe('L3');
    expect(() => within('L2')).toThrow(
      'supportTier: escalating within group:default/payments-team needs a tier above L2',
    );
  });

  it('refuses closed incidents and a missing reason', () => {
    const input = {
      assignmentGroup: 'group:default/dba-team',
      supportTier: 'L2' as const,
      reason: 'x',
    };
    expect(() =>
      planFunctionalEscalation({
        record: record({ state: 'resolved' }),
        input,
        actor: sam,
      }),
    ).toThrow('Only open incidents can be escalated; INC-4 is Resolved');
    expect(() =>
      planFunctionalEscalation({
        record: record(),
        input: { ...input, reason: '  ' },
        actor: sam,
      }),
    ).toThrow('reason is required');
  });
});

describe('hierarchical escalation', () => {
  it('asks the lead to approve a higher priority', () => {
    const plan = planPriorityRequest({
      record: record(),
      input: { priority: 'P1', reason: 'All EU payments fail' },
      lead: paula,
      actor: sam,
      now,
    });
    expect(plan.set.fields).toEqual({ priorityRequest: request });
    expect(plan.set).not.toHaveProperty('priority');
    expect(plan.event.data).toMatchObject({
      status: 'requested',
      priority: 'P1',
      lead: paula,
    });
  });

  it.each([
    [{ priority: 'P3' as const }, paula, /P3 is not higher than INC-4's P3/],
    [{ priority: 'P4' as const }, paula, /lowering needs no approval/],
    [
      { priority: 'P1' as const },
      undefined,
      /no lead is known for group:default\/payments-team/,
    ],
  ])('refuses %p (lead %p)', (input, lead, message) => {
    expect(() =>
      planPriorityRequest({
        record: record(),
        input: { reason: 'r', ...input },
        lead,
        actor: sam,
        now,
      }),
    ).toThrow(message);
  });

  it('refuses a second request while one waits', () => {
    expect(() =>
      planPriorityRequest({
        record: record({ fields: { priorityRequest: request } }),
        input: { priority: 'P2', reason: 'r' },
        lead: paula,
        actor: sam,
        now,
      }),
    ).toThrow(ConflictError);
  });

  it('lets the lead approve: the priority rises, with a new assignee and plan', () => {
    const plan = planPriorityDecision({
      record: record({ fields: { priorityRequest: request } }),
      input: {
        decision: 'approve',
        comment: 'Go',
        assignee: 'user:default/dan.dba',
        plan: 'Fail over to the replica',
      },
      actor: paula,
    });
    expect(plan.set).toEqual({
      priority: 'P1',
      assignee: 'user:default/dan.dba',
      fields: { plan: 'Fail over to the replica' },
    });
    expect(plan.event.data).toMatchObject({
      status: 'approved',
      from: 'P3',
      priority: 'P1',
      comment: 'Go',
    });
  });

  it('lets the lead reject, keeping the priority', () => {
    const plan = planPriorityDecision({
      record: record({ fields: { priorityRequest: request } }),
      input: { decision: 'reject', comment: 'Only one shop is affected' },
      actor: paula,
    });
    expect(plan.set).toEqual({ fields: {} });
    expect(plan.event.data).toMatchObject({ status: 'rejected' });
  });

  it('refuses anyone but the lead, and a decision without a comment or a request', () => {
    const waiting = record({ fields: { priorityRequest: request } });
    expect(() =>
      planPriorityDecision({
        record: waiting,
        input: { decision: 'approve', comment: 'me too' },
        actor: sam,
      }),
    ).toThrow(NotAllowedError);
    expect(() =>
      planPriorityDecision({
        record: waiting,
        input: { decision: 'approve', comment: 'me too' },
        actor: sam,
      }),
    ).toThrow(
      'Only the lead of group:default/payments-team (user:default/paula.lead) may decide on raising INC-4 to P1',
    );
    expect(() =>
      planPriorityDecision({
        record: waiting,
        input: { decision: 'approve', comment: ' ' },
        actor: paula,
      }),
    ).toThrow('comment is required');
    expect(() =>
      planPriorityDecision({
        record: record(),
        input: { decision: 'approve', comment: 'x' },
        actor: paula,
      }),
    ).toThrow('INC-4 has no raise of priority waiting for a decision');
  });
});
