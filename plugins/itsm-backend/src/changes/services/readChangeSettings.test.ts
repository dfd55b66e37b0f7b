import { ConfigReader } from '@backstage/config';
import { defaultRiskQuestionnaire } from '@backstage-itsm/plugin-itsm-common';
import {
  DEFAULT_CHANGE_MANAGER_GROUP,
  readChangeSettings,
} from './readChangeSettings';

const read = (itsm: object) => readChangeSettings(new ConfigReader({ itsm }));

describe('readChangeSettings', () => {
  it('has defaults for everything', () => {
    expect(read({})).toEqual({
      managerGroup: DEFAULT_CHANGE_MANAGER_GROUP,
      cab: undefined,
      emergencyCab: undefined,
      ownerRule: { kind: 'all' },
      acceptanceMinutes: 2 * 24 * 60,
      riskQuestionnaire: defaultRiskQuestionnaire,
      standardChanges: [],
      windows: [],
      correlationMinutes: 24 * 60,
    });
  });

  it('reads freeze and maintenance windows, refusing a bad one by its key', () => {
    const { windows } = read({
      changes: {
        freezes: [
          {
            name: 'Year end',
            start: '2026-12-20T00:00:00Z',
            end: '2027-01-03T00:00:00Z',
            entities: ['system:payments-platform'],
          },
        ],
        maintenanceWindows: [
          {
            name: 'Sunday night',
            start: '2026-01-04T01:00:00Z',
            duration: { hours: 4 },
            rrule: 'FREQ=WEEKLY;BYDAY=SU',
          },
        ],
      },
    });
    expect(windows).toMatchObject([
      {
        kind: 'freeze',
        name: 'Year end',
        entityRefs: ['system:default/payments-platform'],
      },
      {
        kind: 'maintenance',
        durationMinutes: 240,
        rrule: 'FREQ=WEEKLY;BYDAY=SU',
      },
    ]);
    expect(() =>
      read({
        changes: { freezes: [{ name: 'x', start: '2026-12-20T00:00:00Z' }] },
      }),
    ).toThrow('itsm.changes.freezes[0].duration is required');
  });

  it('reads the deadlines written as text too', () => {
    expect(
      read({
        changes: { acceptanceDeadline: '26h', incidentCorrelation: '90m' },
      }),
    ).toMatchObject({ acceptanceMinutes: 1560, correlationMinutes: 90 });
    expect(() => read({ changes: { acceptanceDeadline: 'two days' } })).toThrow(
      "'itsm.changes.acceptanceDeadline'",
    );
  });

  it('reads the approvers, their rules, the deadline and the templates', () => {
    const settings = read({
      changes: {
        managerGroup: 'group:it-operations',
        cab: { group: 'cab', rule: 'quorum', quorum: 2 },
        emergencyCab: { group: 'group:default/cab' },
        ownerApproval: 'any',
        acceptanceDeadline: { hours: 8 },
        standardChanges: [
          {
            id: 'restart',
            title: 'Restart',
            description: 'Restart a pod',
            plan: ['Restart it'],
            backoutPlan: 'None',
            testPlan: 'Health check',
          },
        ],
      },
      risk: {
        questions: [{ id: 'downtime', text: 'Downtime?', weight: 5 }],
        thresholds: { medium: 3, high: 5 },
      },
    });
    expect(settings).toMatchObject({
      managerGroup: 'group:default/it-operations',
      cab: { group: 'group:default/cab', rule: { kind: 'quorum', count: 2 } },
      emergencyCab: { group: 'group:default/cab', rule: { kind: 'any' } },
      ownerRule: { kind: 'any' },
      acceptanceMinutes: 480,
      riskQuestionnaire: {
        questions: [{ id: 'downtime', text: 'Downtime?', weight: 5 }],
        thresholds: { medium: 3, high: 5 },
      },
      standardChanges: [
        {
          id: 'restart',
          changeType: 'system',
          plan: [{ title: 'Restart it', done: false }],
        },
      ],
    });
  });

  it.each([
    [{ changes: { ownerApproval: 'most' } }, 'itsm.changes.ownerApproval'],
    [
      { changes: { cab: { group: 'cab', rule: 'majority' } } },
      'itsm.changes.cab.rule',
    ],
    [
      { changes: { cab: { group: 'cab', rule: 'quorum', quorum: 0 } } },
      'itsm.changes.cab.quorum',
    ],
    [
      {
        risk: {
          questions: [{ id: 'a', text: 'A?' }],
          thresholds: { medium: 1, high: 2 },
        },
      },
      'itsm.risk.questions[0]',
    ],
    [
      {
        risk: {
          questions: [{ id: 'a', text: 'A?', weight: 1 }],
          thresholds: { medium: 3, high: 2 },
        },
      },
      'itsm.risk.thresholds.high',
    ],
  ])('refuses %j naming %s', (itsm, key) => {
    expect(() => read(itsm)).toThrow(key);
  });
});
