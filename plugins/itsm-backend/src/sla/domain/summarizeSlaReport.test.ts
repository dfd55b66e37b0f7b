import { ALWAYS } from './businessTime';
import { summarizeSlaReport } from './summarizeSlaReport';

const counts = (met: number, breached: number, clocks: number) => ({
  met,
  breached,
  clocks,
});

const report = summarizeSlaReport(
  {
    outcomes: [
      {
        month: '2026-10',
        kind: 'restore',
        priority: 'P1',
        assignmentGroup: 'group:default/dba-team',
        agreementId: 'gold',
        ...counts(3, 1, 5),
      },
      {
        month: '2026-11',
        kind: 'restore',
        priority: 'P2',
        assignmentGroup: null,
        agreementId: 'gold',
        ...counts(6, 0, 6),
      },
      {
        month: '2026-11',
        kind: 'response',
        priority: 'P2',
        assignmentGroup: null,
        agreementId: 'retired',
        ...counts(0, 0, 2),
      },
    ],
    services: [
      {
        kind: 'restore',
        entityRef: 'component:default/a',
        ...counts(9, 1, 11),
      },
    ],
    durations: [
      { kind: 'restore', bucket: 0, count: 4 },
      { kind: 'restore', bucket: 5, count: 1 },
    ],
    ratings: [{ agreementId: 'gold', satisfied: 8, rated: 10 }],
    atRisk: [
      {
        recordId: 'x',
        number: 12,
        title: 'Disk full',
        priority: 'P2',
        assignmentGroup: null,
        kind: 'restore',
        crossed: 100,
        agreementId: 'gold',
        phase: 'paused',
        breachedAt: '2026-11-28T10:00:00.000Z',
      },
    ],
  },
  {
    from: '2026-10-01T00:00:00.000Z',
    to: '2026-12-01T00:00:00.000Z',
    agreements: [
      {
        id: 'gold',
        name: 'Payments Gold',
        entityRefs: [],
        systemRefs: [],
        categories: [],
        objectives: { P1: { restore: 240, calendar: ALWAYS } },
        satisfactionTarget: 90,
      },
    ],
  },
);

describe('summarizeSlaReport', () => {
  it('works out compliance as met over met and breached, overall and by each dimension', () => {
    const restore = report.compliance.restore;
    expect(restore.overall).toEqual({
      met: 9,
      breached: 1,
      pending: 1,
      percent: 90,
    });
    expect(restore.byMonth.map(r => [r.key, r.percent])).toEqual([
      ['2026-10', 75],
      ['2026-11', 100],
    ]);
    expect(restore.byGroup.map(r => r.key)).toEqual([
      'group:default/dba-team',
      'unassigned',
    ]);
    expect(restore.byAgreement.map(r => r.key)).toEqual(['Payments Gold']);
    expect(restore.byService).toEqual([
      {
        key: 'component:default/a',
        met: 9,
        breached: 1,
        pending: 1,
        percent: 90,
      },
    ]);
  });

  it('says nothing is decided yet rather than 0% or 100%', () => {
    expect(report.compliance.response.overall).toEqual({
      met: 0,
      breached: 0,
      pending: 2,
      percent: null,
    });
    expect(report.compliance.response.byAgreement[0].key).toBe('retired');
  });

  it('fills every bucket of the distributions', () => {
    expect(report.distributions.restore).toEqual([
      { bucket: '<=25%', count: 4 },
      { bucket: '<=50%', count: 0 },
      { bucket: '<=75%', count: 0 },
      { bucket: '<=100%', count: 0 },
      { bucket: '<=150%', count: 0 },
      { bucket: '>150%', count: 1 },
    ]);
    expect(report.distributions.response.every(b => b.count === 0)).toBe(true);
  });

  it('holds satisfaction against the target and names the incidents at risk', () => {
    expect(report.satisfaction).toEqual([
      {
        agreement: { id: 'gold', name: 'Payments Gold' },
        rated: 10,
        satisfied: 8,
        percent: 80,
        target: 90,
        met: false,
      },
    ]);
    expect(report.atRisk).toEqual([
      {
        ref: 'INC-12',
        title: 'Disk full',
        priority: 'P2',
        kind: 'restore',
        crossed: 100,
        breached: true,
        onHold: true,
        breachedAt: '2026-11-28T10:00:00.000Z',
        agreement: 'Payments Gold',
      },
    ]);
  });
});
