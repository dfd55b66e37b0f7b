import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SlaReport } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { SlaReportPage } from './SlaReportPage';

const row = (key: string, met: number, breached: number, percent: number) => ({
  key,
  met,
  breached,
  pending: 1,
  percent,
});

const report: SlaReport = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-11-28T20:00:00.000Z',
  compliance: {
    response: {
      overall: { met: 10, breached: 0, pending: 1, percent: 100 },
      byMonth: [],
      byService: [],
      byGroup: [],
      byPriority: [],
      byAgreement: [],
    },
    restore: {
      overall: { met: 8, breached: 2, pending: 1, percent: 80 },
      byMonth: [row('2026-11', 8, 2, 80)],
      byService: [row('component:default/checkout-service', 8, 2, 80)],
      byGroup: [row('group:default/payments-team', 8, 2, 80)],
      byPriority: [row('P1', 1, 2, 33.3), row('P2', 7, 0, 100)],
      byAgreement: [row('Payments Gold', 8, 2, 80)],
    },
  },
  distributions: {
    response: [],
    restore: [
      { bucket: '<=25%', count: 5 },
      { bucket: '>150%', count: 2 },
    ],
  },
  satisfaction: [
    {
      agreement: { id: 'gold', name: 'Payments Gold' },
      rated: 10,
      satisfied: 8,
      percent: 80,
      target: 90,
      met: false,
    },
  ],
  atRisk: [
    {
      ref: 'INC-4',
      title: 'Checkout slow',
      priority: 'P2',
      kind: 'restore',
      crossed: 75,
      breached: false,
      agreement: 'Payments Gold',
      dueAt: '2026-11-28T22:00:00.000Z',
    },
  ],
};

async function renderPage(route = '/sla') {
  const api = mockItsmApi();
  api.getSlaReport.mockResolvedValue(report);
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <SlaReportPage />
    </TestApiProvider>,
    {
      routeEntries: [route],
      mountedRoutes: {
        '/itsm': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

describe('SlaReportPage', () => {
  it('shows compliance, the incidents at risk and satisfaction against target', async () => {
    const api = await renderPage();
    expect(
      await screen.findByTestId('tile-Restore compliance'),
    ).toHaveTextContent('80%');
    expect(screen.getByTestId('tile-Response compliance')).toHaveTextContent(
      '100%',
    );
    expect(screen.getByTestId('tile-At risk')).toHaveTextContent('1');
    expect(
      within(screen.getByTestId('compliance-P1')).getByText('33.3%'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('at-risk-INC-4')).getByText('75% used'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('satisfaction-gold')).toHaveTextContent(
      'Payments Gold: 80% satisfied of 10 rated (target 90%)',
    );
    expect(
      screen.getByRole('img', { name: 'Restore met and breached by month' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    const { from } = api.getSlaReport.mock.calls[0][0]!;
    expect(from).toMatch(/-01T00:00:00.000Z$/);
  });

  it('reports on the period chosen, for the entity in the address', async () => {
    const api = await renderPage(
      '/sla?entityRef=component%3Adefault%2Fcheckout-service',
    );
    await screen.findByTestId('tile-Restore compliance');
    expect(api.getSlaReport).toHaveBeenLastCalledWith(
      expect.objectContaining({
        entityRef: 'component:default/checkout-service',
      }),
    );
    fireEvent.mouseDown(screen.getByLabelText('Incidents opened'));
    fireEvent.click(
      await screen.findByRole('option', { name: 'Last 90 days' }),
    );
    await waitFor(() => expect(api.getSlaReport).toHaveBeenCalledTimes(2));
    const { from, to } = api.getSlaReport.mock.calls[1][0]!;
    expect(Date.parse(to!) - Date.parse(from!)).toBe(90 * 24 * 3_600_000);
  });
});
