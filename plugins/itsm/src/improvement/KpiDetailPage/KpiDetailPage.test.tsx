import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { figure, scorecard, series } from '../__testUtils__/kpiFixtures';
import { KpiDetailPage } from './KpiDetailPage';

const web = 'group:default/web-team';
const payments = 'group:default/payments-team';
const checkout = 'component:default/checkout-service';

async function renderDetail(path: string) {
  const api = mockItsmApi();
  api.getKpiScorecard.mockResolvedValue(
    scorecard(
      [
        figure('incident-time-to-resolve', {
          value: 6,
          previousValue: 7.5,
          sample: 4,
          status: 'warning',
          target: { target: 4, warning: 5, critical: 8 },
          trend: 'better',
        }),
      ],
      { kind: 'service', ref: checkout },
    ),
  );
  api.getKpiSeries.mockResolvedValue(
    series('incident-time-to-resolve', [8, 7, 7.5, 6], {
      target: 4,
      critical: 8,
    }),
  );
  api.getKpiBreakdown.mockImplementation(async (id, by) => ({
    indicatorId: id,
    by,
    period: '2026-11',
    rows:
      by === 'group'
        ? [
            {
              key: payments,
              value: 9,
              sample: 2,
              status: 'critical',
              target: { target: 4, critical: 8 },
            },
            {
              key: web,
              value: 3,
              sample: 2,
              status: 'met',
              target: { target: 4, critical: 8 },
            },
          ]
        : [
            { key: 'P1', value: 2, sample: 1, status: 'met' },
            { key: 'P3', value: 7.3, sample: 3, status: 'warning' },
          ],
  }));
  api.getKpiRecords.mockImplementation(async (_id, options) =>
    options?.key === payments
      ? {
          items: [
            {
              ref: 'INC-7',
              type: 'incident',
              title: 'Card payments fail',
              state: 'resolved',
              priority: 'P1',
              assignmentGroup: payments,
              createdAt: '2026-11-03T10:00:00Z',
            },
          ],
          hidden: 1,
        }
      : {
          items: [
            {
              ref: 'INC-7',
              type: 'incident',
              title: 'Card payments fail',
              state: 'resolved',
              priority: 'P1',
              assignmentGroup: payments,
              createdAt: '2026-11-03T10:00:00Z',
            },
            {
              ref: 'INC-9',
              type: 'incident',
              title: 'Slow checkout',
              state: 'closed',
              priority: 'P3',
              assignmentGroup: web,
              createdAt: '2026-11-05T10:00:00Z',
            },
          ],
          hidden: 3,
        },
  );
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <Routes>
        <Route path="/kpis/:indicatorId" element={<KpiDetailPage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

const scoped = `period=2026-11&service=${encodeURIComponent(checkout)}`;

describe('KpiDetailPage', () => {
  it("shows the definition and the month's figure against its target", async () => {
    const api = await renderDetail(`/kpis/incident-time-to-resolve?${scoped}`);
    expect(
      await screen.findByRole('heading', { name: 'Mean time to resolve' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('kpi-computation')).toHaveTextContent(
      'Mean time from report to resolution of the incidents resolved in the period.',
    );
    expect(await screen.findByTestId('kpi-figure')).toHaveTextContent('6 h');
    expect(screen.getAllByTestId('kpi-status')[0]).toHaveTextContent('Warning');
    expect(api.getKpiScorecard).toHaveBeenCalledWith({
      period: '2026-11',
      group: undefined,
      service: checkout,
    });
    // At least the 12 months up to November (more when that is past).
    const [, seriesOptions] = api.getKpiSeries.mock.calls[0];
    expect(seriesOptions).toEqual({
      months: expect.any(Number),
      group: undefined,
      service: checkout,
    });
    expect(seriesOptions!.months).toBeGreaterThanOrEqual(12);
    // Back to the dashboard, in the same period and scope.
    expect(screen.getByText('All indicators').closest('a')).toHaveAttribute(
      'href',
      `/kpis?${scoped}`,
    );
  });

  it('compares the figure by group and by priority, worst first', async () => {
    const api = await renderDetail(`/kpis/incident-time-to-resolve?${scoped}`);
    const payRow = await screen.findByTestId(`breakdown-${payments}`);
    expect(api.getKpiBreakdown).toHaveBeenCalledWith(
      'incident-time-to-resolve',
      'group',
      { period: '2026-11', group: undefined, service: checkout },
    );
    expect(within(payRow).getByText('9 h')).toBeInTheDocument();
    expect(within(payRow).getByTestId('kpi-status')).toHaveTextContent(
      'Critical',
    );
    expect(
      within(screen.getByTestId(`breakdown-${web}`)).getByText('3 h'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'By priority' }));
    const p3 = await screen.findByTestId('breakdown-P3');
    expect(within(p3).getByText('P3 - Moderate')).toBeInTheDocument();
    expect(within(p3).getByText('7.3 h')).toBeInTheDocument();
  });

  it('lists the records behind the figure, linked, with how many more the user may not see', async () => {
    const api = await renderDetail(`/kpis/incident-time-to-resolve?${scoped}`);
    const inc9 = await screen.findByTestId('record-INC-9');
    expect(within(inc9).getByRole('link', { name: 'INC-9' })).toHaveAttribute(
      'href',
      '/incidents/INC-9',
    );
    expect(within(inc9).getByText('Slow checkout')).toBeInTheDocument();
    expect(screen.getByTestId('records-hidden')).toHaveTextContent(
      '3 more you may not see',
    );
    expect(api.getKpiRecords).toHaveBeenCalledWith('incident-time-to-resolve', {
      period: '2026-11',
      service: checkout,
      cursor: undefined,
      limit: 25,
    });

    // One group's records: the drill-down of one breakdown row.
    await screen.findByTestId(`breakdown-${payments}`);
    await userEvent.click(
      within(screen.getByTestId(`breakdown-${payments}`)).getByRole('button', {
        name: /^Records of/,
      }),
    );
    await waitFor(() =>
      expect(api.getKpiRecords).toHaveBeenLastCalledWith(
        'incident-time-to-resolve',
        expect.objectContaining({ by: 'group', key: payments }),
      ),
    );
    await waitFor(() =>
      expect(screen.queryByTestId('record-INC-9')).toBeNull(),
    );
    expect(screen.getByTestId('record-INC-7')).toBeInTheDocument();
    expect(screen.getByTestId('records-hidden')).toHaveTextContent(
      '1 more you may not see',
    );
    expect(screen.getByTestId('records-filter')).toHaveTextContent(
      'Only payments-team',
    );
  });

  it('says so for an indicator the catalogue does not hold', async () => {
    await renderDetail('/kpis/no-such-indicator');
    expect(
      await screen.findByText(
        'The catalogue holds no indicator no-such-indicator.',
      ),
    ).toBeInTheDocument();
  });
});
