import { SlaReport } from '@backstage-itsm/plugin-itsm-common';
import { slaReportCsv } from './slaReportCsv';

const empty = {
  byMonth: [],
  byService: [],
  byGroup: [],
  byPriority: [],
  byAgreement: [],
};

describe('slaReportCsv', () => {
  it('writes compliance per clock and dimension, the distributions and satisfaction', () => {
    const csv = slaReportCsv({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      compliance: {
        response: {
          overall: { met: 0, breached: 0, pending: 2, percent: null },
          ...empty,
        },
        restore: {
          overall: { met: 9, breached: 1, pending: 0, percent: 90 },
          ...empty,
          byGroup: [
            {
              key: 'group:default/payments-team',
              met: 9,
              breached: 1,
              pending: 0,
              percent: 90,
            },
          ],
        },
      },
      distributions: {
        response: [],
        restore: [{ bucket: '<=25%', count: 4 }],
      },
      satisfaction: [
        {
          agreement: { id: 'gold', name: 'Payments Gold' },
          rated: 10,
          satisfied: 8,
          percent: 80,
          target: 90,
        },
      ],
      atRisk: [],
    } as SlaReport);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'section,clock,dimension,key,met,breached,pending,percent,count,satisfied,target',
    );
    expect(lines).toContain('compliance,response,overall,,0,0,2,');
    expect(lines).toContain(
      'compliance,restore,group,group:default/payments-team,9,1,0,90',
    );
    expect(lines).toContain('distribution,restore,share of target,<=25%,,,,,4');
    expect(lines).toContain(
      'satisfaction,,agreement,Payments Gold,,,,80,10,8,90',
    );
  });

  it('writes an agreement name that begins like a formula as text', () => {
    const csv = slaReportCsv({
      compliance: {
        response: { overall: { met: 0, breached: 0, pending: 0 }, ...empty },
        restore: { overall: { met: 0, breached: 0, pending: 0 }, ...empty },
      },
      distributions: { response: [], restore: [] },
      satisfaction: [
        {
          agreement: { id: 'gold', name: '@cmd' },
          rated: 1,
          satisfied: 1,
          percent: 100,
          target: 90,
        },
      ],
      atRisk: [],
    } as unknown as SlaReport);
    expect(csv).toContain(`satisfaction,,agreement,"'@cmd",,,,100,1,1,90`);
  });
});
