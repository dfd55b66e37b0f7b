import { entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { planChangeNotifications } from './planChangeNotifications';

const rita = 'user:default/rita.requester';
const manager = 'user:default/max.manager';

/** The catalog's names of the people and services the tests name. */
const names: Record<string, string> = {
  [rita]: 'Rita Reyes',
  [manager]: 'Max Meyer',
  'component:default/checkout-service': 'Checkout Service',
};
const nameOf = (ref: string) => names[ref] ?? entityRefName(ref);

/** Rita's change, sent for approval by the change manager. */
function sentForApproval(approvers: string[]) {
  return planChangeNotifications(
    {
      after: aStoredRecord({
        type: 'change',
        ref: 'CHG-1',
        title: 'Resize the pool',
        state: 'awaiting_approval',
        reportedBy: rita,
        createdBy: rita,
        fields: {
          model: 'normal',
          approval: {
            round: 1,
            requestedAt: '2026-11-28T10:00:00.000Z',
            groups: [
              { key: 'owners', label: 'Owners', rule: 'any', approvers },
            ],
            decisions: [],
            status: 'pending',
          },
        },
      }),
      event: {
        kind: 'transition',
        actor: manager,
        data: { action: 'request_approval', to: 'awaiting_approval' },
      },
    },
    nameOf,
  );
}

/** Rita's change of the checkout service, moved to `to` by the manager. */
function moved(to: string, data: Record<string, unknown> = {}) {
  return planChangeNotifications(
    {
      after: aStoredRecord({
        type: 'change',
        ref: 'CHG-2',
        title: 'Upgrade checkout to Node 22',
        description: 'Node 20 leaves support.',
        state: to,
        reportedBy: rita,
        createdBy: rita,
        entityRefs: ['component:default/checkout-service'],
        window: {
          start: '2026-12-15T19:00:00.000Z',
          end: '2026-12-15T21:00:00.000Z',
        },
        assignmentGroup: 'group:default/it-operations',
        fields: {
          model: 'normal',
          impact: { stakeholders: ['group:default/web-team'] },
        },
      }),
      event: { kind: 'transition', actor: manager, data: { to, ...data } },
    },
    nameOf,
  );
}

describe('planChangeNotifications', () => {
  it('asks the approvers, never the requester, and tells the requester it was sent', () => {
    expect(
      sentForApproval([rita, 'user:default/olga.owner', 'group:default/cab']),
    ).toEqual([
      expect.objectContaining({
        to: ['user:default/olga.owner', 'group:default/cab'],
        exclude: [rita],
        title: 'Your approval is asked for: CHG-1: Resize the pool',
      }),
      expect.objectContaining({
        to: [rita],
        title: 'Sent for approval: CHG-1: Resize the pool',
      }),
    ]);
  });

  it('says the window in UTC and names the requester and the entities', () => {
    const [requester, stakeholders] = moved('scheduled');
    expect(requester).toMatchObject({
      title: 'Scheduled: CHG-2: Upgrade checkout to Node 22',
      description: '15 Dec 2026, 19:00–21:00 UTC',
    });
    expect(stakeholders).toMatchObject({
      to: ['group:default/web-team'],
      title:
        'Planned change CHG-2: Upgrade checkout to Node 22, 15 Dec 2026, 19:00–21:00 UTC',
      description:
        'Requested by Rita Reyes for Checkout Service, 15 Dec 2026, 19:00–21:00 UTC.\n\nNode 20 leaves support.',
    });
    const [returned] = moved('draft', { reason: 'Add a backout plan' });
    expect(returned.description).toBe('Max Meyer: Add a backout plan');
    for (const n of [requester, stakeholders, returned]) {
      expect(`${n.title} ${n.description}`).not.toMatch(
        /\b(user|group|component):[a-z0-9-]+\/|\d{4}-\d{2}-\d{2}T/,
      );
    }
  });

  it('asks nobody when the requester is the only approver', () => {
    expect(
      sentForApproval([rita]).map(n => [n.to, n.title.split(':')[0]]),
    ).toEqual([[[rita], 'Sent for approval']]);
  });
});
