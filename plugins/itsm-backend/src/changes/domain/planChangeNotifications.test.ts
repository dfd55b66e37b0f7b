import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { planChangeNotifications } from './planChangeNotifications';

const rita = 'user:default/rita.requester';
const manager = 'user:default/max.manager';

/** Rita's change, sent for approval by the change manager. */
function sentForApproval(approvers: string[]) {
  return planChangeNotifications({
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
          groups: [{ key: 'owners', label: 'Owners', rule: 'any', approvers }],
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
  });
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

  it('asks nobody when the requester is the only approver', () => {
    expect(
      sentForApproval([rita]).map(n => [n.to, n.title.split(':')[0]]),
    ).toEqual([[[rita], 'Sent for approval']]);
  });
});
