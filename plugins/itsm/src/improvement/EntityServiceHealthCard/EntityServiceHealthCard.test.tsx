import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { figure, scorecard } from '../__testUtils__/kpiFixtures';
import { EntityServiceHealthCard } from './EntityServiceHealthCard';

const checkout = 'component:default/checkout-service';
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
};

async function renderCard(figures: ReturnType<typeof figure>[]) {
  const api = mockItsmApi();
  api.getKpiScorecard.mockResolvedValue(
    scorecard(figures, { kind: 'service', ref: checkout }),
  );
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityServiceHealthCard />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/itsm': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

describe('the Service health card', () => {
  it("shows the service's incident, service level, change and DORA figures with status and trend, linked to the dashboard", async () => {
    const api = await renderCard([
      figure('incident-volume', {
        value: 14,
        previousValue: 9,
        sample: 14,
        status: 'warning',
        target: { target: 10 },
        trend: 'worse',
      }),
      figure('incident-time-to-accept', { value: null }),
      figure('sla-compliance', {
        value: 96.4,
        sample: 14,
        status: 'met',
        target: { target: 95, source: 'service' },
        trend: 'same',
        previousValue: 96.4,
      }),
      figure('change-success-rate', {
        value: 100,
        sample: 3,
        status: 'met',
        target: { target: 90 },
        trend: 'unknown',
      }),
      figure('deployment-frequency', { value: 1.8, sample: 8 }),
      figure('satisfaction-rating', { value: 4.5, sample: 5 }),
      figure('ci-with-owner', { value: 100, sample: 1 }),
    ]);
    expect(api.getKpiScorecard).toHaveBeenCalledWith({ service: checkout });
    const volume = await screen.findByTestId('health-incident-volume');
    expect(within(volume).getByText('14')).toBeInTheDocument();
    expect(within(volume).getByTestId('kpi-status')).toHaveTextContent(
      'Warning',
    );
    expect(
      within(volume).getByRole('img', {
        name: 'Worse than October 2026 (9)',
      }),
    ).toBeInTheDocument();
    expect(
      within(volume).getByRole('link', { name: 'Incidents reported' }),
    ).toHaveAttribute(
      'href',
      `/itsm/kpis/incident-volume?service=${encodeURIComponent(checkout)}`,
    );
    expect(
      within(screen.getByTestId('health-sla-compliance')).getByText('96 %'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('health-change-success-rate')).getByText(
        '100 %',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('health-deployment-frequency')).getByText(
        '1.8 / week',
      ),
    ).toBeInTheDocument();
    // Without a figure, or of another process: not on the card.
    expect(screen.queryByTestId('health-incident-time-to-accept')).toBeNull();
    expect(screen.queryByTestId('health-satisfaction-rating')).toBeNull();
    expect(screen.queryByTestId('health-ci-with-owner')).toBeNull();
    expect(screen.getByText('DORA four keys')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /All its indicators/ }),
    ).toHaveAttribute(
      'href',
      `/itsm/kpis?service=${encodeURIComponent(checkout)}`,
    );
  });

  it('says so when the service has no figure yet', async () => {
    await renderCard([figure('incident-volume', { value: null })]);
    expect(
      await screen.findByTestId('service-health-nothing'),
    ).toBeInTheDocument();
  });
});
