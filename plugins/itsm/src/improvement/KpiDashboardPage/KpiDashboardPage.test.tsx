import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { figure, scorecard, series } from '../__testUtils__/kpiFixtures';
import { KpiDashboardPage } from './KpiDashboardPage';

const web = 'group:default/web-team';

async function renderDashboard(path: string) {
  const api = mockItsmApi();
  api.getKpiScorecard.mockResolvedValue(
    scorecard(
      [
        figure('incident-time-to-resolve', {
          value: 5.24,
          previousValue: 4.1,
          sample: 12,
          status: 'warning',
          target: { target: 4, warning: 5, critical: 8, source: 'group' },
          trend: 'worse',
        }),
        figure('incident-first-contact-resolution', {
          value: 71.6,
          previousValue: 65,
          sample: 30,
          status: 'critical',
          target: { target: 90, critical: 75 },
          trend: 'better',
        }),
        figure('satisfaction-rating', {
          value: 4.06,
          previousValue: 4.06,
          sample: 18,
          status: 'met',
          target: { target: 4 },
          trend: 'same',
        }),
        figure('deployment-frequency', {
          value: 3.5,
          sample: 15,
          trend: 'unknown',
        }),
        figure('not-in-the-catalogue', { value: 1 }),
      ],
      { kind: 'group', ref: web },
    ),
  );
  api.getKpiSeries.mockImplementation(async id =>
    series(id, [3, 4, null, 5, 4.5, 5.24]),
  );
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [
          catalogApiRef,
          catalogApiMock({
            entities: [
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'Group',
                metadata: {
                  name: 'web-team',
                  namespace: 'default',
                  title: 'Web Team',
                },
                spec: { type: 'team', children: [] },
              },
            ],
          }),
        ],
      ]}
    >
      <KpiDashboardPage />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/itsm': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

const row = (id: string) => screen.getByTestId(`kpi-${id}`);

describe('KpiDashboardPage', () => {
  it('shows a scorecard per process, each figure in its unit with its status against target', async () => {
    const api = await renderDashboard(
      `/?period=2026-11&group=${encodeURIComponent(web)}`,
    );
    expect(
      await screen.findByTestId('scorecard-Incidents'),
    ).toBeInTheDocument();
    expect(api.getKpiScorecard).toHaveBeenCalledWith({
      period: '2026-11',
      group: web,
      service: undefined,
    });
    // The processes in the dashboard's order, only those with figures.
    expect(
      screen.getAllByTestId(/^scorecard-/).map(e => e.dataset.testid),
    ).toEqual([
      'scorecard-Incidents',
      'scorecard-Satisfaction',
      'scorecard-DORA four keys',
    ]);
    expect(screen.queryByText('not-in-the-catalogue')).toBeNull();

    const resolve = row('incident-time-to-resolve');
    expect(within(resolve).getByTestId('kpi-value')).toHaveTextContent('5.2 h');
    expect(within(resolve).getByTestId('kpi-status')).toHaveTextContent(
      'Warning',
    );
    // Worse than last month, and up: a red arrow saying so.
    expect(
      within(resolve).getByRole('img', {
        name: 'Worse than October 2026 (4.1 h)',
      }),
    ).toBeInTheDocument();
    expect(
      within(row('incident-first-contact-resolution')).getByTestId('kpi-value'),
    ).toHaveTextContent('72 %');
    expect(
      within(row('incident-first-contact-resolution')).getByTestId(
        'kpi-status',
      ),
    ).toHaveTextContent('Critical');
    expect(
      within(row('satisfaction-rating')).getByTestId('kpi-value'),
    ).toHaveTextContent('4.1 / 5');
    expect(
      within(row('satisfaction-rating')).getByTestId('kpi-status'),
    ).toHaveTextContent('Met');
    expect(
      within(row('deployment-frequency')).getByTestId('kpi-value'),
    ).toHaveTextContent('3.5 / week');
    expect(
      within(row('deployment-frequency')).getByTestId('kpi-status'),
    ).toHaveTextContent('No target');

    // Each indicator opens its page, keeping the period and scope.
    expect(
      within(resolve).getByRole('link', { name: 'Mean time to resolve' }),
    ).toHaveAttribute(
      'href',
      `/itsm/kpis/incident-time-to-resolve?period=2026-11&group=${encodeURIComponent(
        web,
      )}`,
    );
  });

  it("draws each indicator's last six months from its series, in the same scope", async () => {
    const api = await renderDashboard(`/?group=${encodeURIComponent(web)}`);
    expect(
      await screen.findByTestId('sparkline-incident-time-to-resolve'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(api.getKpiSeries).toHaveBeenCalledWith(
        'incident-time-to-resolve',
        { months: 6, group: web, service: undefined },
      ),
    );
    // No period in the link: the running month.
    expect(api.getKpiScorecard).toHaveBeenCalledWith({
      period: undefined,
      group: web,
      service: undefined,
    });
  });

  it('scopes the figures to a group picked from the catalog', async () => {
    const user = userEvent.setup({ delay: null });
    const api = await renderDashboard('/?period=2026-11');
    await screen.findByTestId('scorecard-Incidents');
    await user.click(screen.getByLabelText('Scope'));
    await user.click(await screen.findByRole('option', { name: 'One group' }));
    await user.click(screen.getByLabelText('Group'));
    await user.click(await screen.findByRole('option', { name: /^Web Team/ }));
    await waitFor(() =>
      expect(api.getKpiScorecard).toHaveBeenLastCalledWith({
        period: '2026-11',
        group: web,
        service: undefined,
      }),
    );
  });

  it('links to the improvement register', async () => {
    await renderDashboard('/');
    expect(
      (await screen.findByText('Improvement register')).closest('a'),
    ).toHaveAttribute('href', '/itsm/improvements');
  });
});
