import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { IncidentStatistics } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { StatisticsPage } from './StatisticsPage';
import { statisticsCsv } from './statisticsCsv';

const stats: IncidentStatistics = {
  from: '2026-10-29T00:00:00.000Z',
  to: '2026-11-28T00:00:00.000Z',
  period: 'week',
  periods: ['2026-11-16', '2026-11-23'],
  reported: 3,
  volumes: {
    category: [{ period: '2026-11-23', key: 'software', count: 3 }],
    priority: [
      { period: '2026-11-16', key: 'P1', count: 1 },
      { period: '2026-11-23', key: 'P3', count: 2 },
    ],
    channel: [{ period: '2026-11-23', key: 'phone, mobile', count: 3 }],
    assignmentGroup: [],
  },
  accepted: { count: 2, meanHours: 1.5 },
  resolved: { count: 2, meanHours: 60, firstContactRate: 0.5, reopenRate: 0 },
  satisfaction: {
    count: 2,
    average: 4.5,
    distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 },
  },
};

describe('StatisticsPage', () => {
  it('shows the measures and a chart per dimension for the last 30 days by week', async () => {
    const itsmApi = mockItsmApi();
    itsmApi.getIncidentStatistics.mockResolvedValue(stats);
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, itsmApi]]}>
        <StatisticsPage />
      </TestApiProvider>,
    );
    expect(await screen.findByText('4.5 / 5')).toBeInTheDocument();
    expect(screen.getByText('1.5 h')).toBeInTheDocument();
    expect(screen.getByText('2.5 d')).toBeInTheDocument();
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Incidents by priority' }),
    ).toBeInTheDocument();
    const [options] = itsmApi.getIncidentStatistics.mock.calls[0];
    expect(options?.period).toBe('week');
    const days =
      (Date.parse(options!.to!) - Date.parse(options!.from!)) / 86_400_000;
    expect(days).toBe(30);
  });
});

describe('statisticsCsv', () => {
  it('writes one row per volume and the measures, quoting where needed', () => {
    const lines = statisticsCsv(stats).trim().split('\n');
    expect(lines[0]).toBe('period,dimension,key,count');
    expect(lines).toContain('2026-11-16,priority,P1,1');
    expect(lines).toContain('2026-11-23,channel,"phone, mobile",3');
    expect(lines).toContain(
      '2026-10-29T00:00:00.000Z/2026-11-28T00:00:00.000Z,measure,first-contact resolution rate,0.5',
    );
  });

  it('writes a key that begins like a formula as text and counts as numbers', () => {
    const lines = statisticsCsv({
      ...stats,
      volumes: {
        ...stats.volumes,
        category: [{ period: '2026-11-23', key: '=1+1', count: 3 }],
      },
    })
      .trim()
      .split('\n');
    expect(lines).toContain(`2026-11-23,category,"'=1+1",3`);
  });
});
