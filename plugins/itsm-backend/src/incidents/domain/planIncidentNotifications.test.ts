import { entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { StoredRecord } from '../../core/model/recordModel';
import { planIncidentNotifications } from './planIncidentNotifications';

const sam = 'user:default/sam.agent';
const pat = 'user:default/pat.engineer';
const payments = 'group:default/payments-team';
const board = ['user:default/carl.cto', 'group:default/it-operations'];
const now = '2026-11-28T11:00:00.000Z';

const record = (overrides: Partial<StoredRecord> = {}) =>
  aStoredRecord({
    number: 5,
    description: 'HTTP 500',
    assignmentGroup: payments,
    ...overrides,
  });

/** The catalog's names of the people and services the tests name. */
const names: Record<string, string> = {
  [sam]: 'Sam Agarwal',
  'user:default/paula.lead': 'Paula Lin',
  'component:default/checkout-service': 'Checkout Service',
};
const nameOf = (ref: string) => names[ref] ?? entityRefName(ref);

const planned = (
  change: Parameters<typeof planIncidentNotifications>[0],
  managementRecipients = board,
) => planIncidentNotifications(change, { managementRecipients }, nameOf);

const plan = (
  change: Parameters<typeof planIncidentNotifications>[0],
  managementRecipients = board,
) => planned(change, managementRecipients).map(n => [n.scope, n.to, n.title]);

describe('planIncidentNotifications', () => {
  it('tells the group of new work, and management of a new P1', () => {
    expect(
      plan({
        after: record({ priority: 'P1' }),
        event: { kind: 'created', actor: pat, data: {} },
      }),
    ).toEqual([
      [
        'INC-5:queue',
        [payments],
        'P1 incident for your group: INC-5: Checkout fails',
      ],
      ['INC-5:p1', board, 'P1 incident: INC-5: Checkout fails'],
    ]);
  });

  it('tells the assignee, but not when they took it themselves', () => {
    const before = record();
    const after = record({ assignee: sam, state: 'accepted' });
    const event = {
      kind: 'transition' as const,
      data: { action: 'accept', from: 'new', to: 'accepted' },
    };
    expect(
      plan({
        before,
        after,
        event: { ...event, actor: 'user:default/alex.desk' },
      }),
    ).toEqual([
      ['INC-5:assigned', [sam], 'Assigned to you: INC-5: Checkout fails'],
    ]);
    expect(plan({ before, after, event: { ...event, actor: sam } })).toEqual(
      [],
    );
  });

  it('asks the reporter to confirm a resolution', () => {
    expect(
      plan({
        before: record({ state: 'in_progress', assignee: sam }),
        after: record({ state: 'resolved', assignee: sam }),
        event: {
          kind: 'transition',
          actor: sam,
          data: { action: 'resolve', from: 'in_progress', to: 'resolved' },
        },
      }),
    ).toEqual([['INC-5:resolution', [pat], 'Resolved: INC-5: Checkout fails']]);
  });

  it('asks the lead to decide, and tells the asker the decision', () => {
    const request = {
      priority: 'P1',
      reason: 'r',
      requestedBy: sam,
      requestedAt: now,
      group: payments,
      lead: 'user:default/paula.lead',
    };
    expect(
      plan({
        before: record(),
        after: record({ fields: { priorityRequest: request } }),
        event: {
          kind: 'escalated',
          actor: sam,
          data: {
            type: 'hierarchical',
            status: 'requested',
            priority: 'P1',
            lead: request.lead,
          },
        },
      }),
    ).toEqual([
      [
        'INC-5:priority-request',
        [request.lead],
        'Approve raising INC-5 to P1?',
      ],
    ]);
    expect(
      plan({
        before: record({ fields: { priorityRequest: request } }),
        after: record({ priority: 'P1' }),
        event: {
          kind: 'escalated',
          actor: request.lead,
          data: { type: 'hierarchical', status: 'approved', priority: 'P1' },
        },
      }),
    ).toEqual([
      ['INC-5:p1', board, 'P1 incident: INC-5: Checkout fails'],
      ['INC-5:priority-request', [sam], 'Raising INC-5 to P1 was approved'],
    ]);
  });

  it('sends replies to the other side and work notes only to the assignee', () => {
    const r = record({ assignee: sam, state: 'in_progress' });
    const comment = (actor: string, visibility?: 'work_note') => ({
      before: r,
      after: r,
      event: {
        kind: 'comment' as const,
        actor,
        data: { body: 'hi' },
        visibility,
      },
    });
    expect(plan(comment(sam))).toEqual([
      ['INC-5:reply', [pat], 'New reply on INC-5: Checkout fails'],
    ]);
    expect(plan(comment(pat))).toEqual([
      ['INC-5:reply', [sam], 'The reporter replied on INC-5: Checkout fails'],
    ]);
    expect(plan(comment('user:default/alex.desk', 'work_note'))).toEqual([
      ['INC-5:work-note', [sam], 'Work note on INC-5: Checkout fails'],
    ]);
    expect(plan(comment(sam, 'work_note'))).toEqual([]);
  });

  it('names what an incident affects and who asks or decides, never by their refs', () => {
    const request = {
      priority: 'P1',
      reason: 'Every payment fails',
      requestedBy: sam,
      requestedAt: now,
      group: payments,
      lead: 'user:default/paula.lead',
    };
    const [queued] = planned({
      after: record({ entityRefs: ['component:default/checkout-service'] }),
      event: { kind: 'created', actor: pat, data: {} },
    });
    expect(queued.description).toBe('Affects Checkout Service.\n\nHTTP 500');
    const [asked] = planned({
      before: record(),
      after: record({ fields: { priorityRequest: request } }),
      event: {
        kind: 'escalated',
        actor: sam,
        data: {
          type: 'hierarchical',
          status: 'requested',
          priority: 'P1',
          lead: request.lead,
          reason: request.reason,
        },
      },
    });
    expect(asked.description).toBe('Sam Agarwal: Every payment fails');
    const decided = planned({
      before: record({ fields: { priorityRequest: request } }),
      after: record({ priority: 'P1' }),
      event: {
        kind: 'escalated',
        actor: 'user:default/paula.lead',
        data: { type: 'hierarchical', status: 'rejected', priority: 'P1' },
      },
    });
    expect(decided.map(n => n.description)).toContain('By Paula Lin.');
    for (const n of [queued, asked, ...decided]) {
      expect(`${n.title} ${n.description}`).not.toMatch(
        /\b(user|group|component):[a-z0-9-]+\//,
      );
    }
  });

  it('says when a service level clock is due, in UTC, and names the clock', () => {
    const [warning] = planned({
      before: record({ assignee: sam }),
      after: record({ assignee: sam }),
      event: {
        kind: 'sla',
        actor: 'itsm:sla',
        data: {
          clock: 'restore',
          threshold: 75,
          dueAt: '2026-12-15T19:00:00.000Z',
        },
      },
    });
    expect(warning.title).toBe(
      '75% of the restore time used: INC-5: Checkout fails',
    );
    expect(warning.description).toBe('Due 15 Dec 2026, 19:00 UTC');
  });

  it('says nothing of a change that concerns nobody else', () => {
    const r = record({ state: 'in_progress', assignee: sam });
    expect(
      plan({
        before: r,
        after: { ...r, title: 'Checkout fails for Visa' },
        event: { kind: 'updated', actor: sam, data: {} },
      }),
    ).toEqual([]);
  });
});
