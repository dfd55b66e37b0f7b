import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SlaReport } from '@backstage-itsm/plugin-itsm-common';
import { SWRConfig } from 'swr';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { EntitySlaCard } from './EntitySlaCard';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
};

const outcome = (met: number, breached: number, percent: number | null) => ({
  met,
  breached,
  pending: 0,
  percent,
});

const compliance = (percent: number | null) => ({
  overall: outcome(9, 1, percent),
  byMonth: [],
  byService: [],
  byGroup: [],
  byPriority: [],
  byAgreement: [],
});

const report: SlaReport = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-11-28T20:00:00.000Z',
  compliance: { response: compliance(100), restore: compliance(90) },
  distributions: { response: [], restore: [] },
  satisfaction: [],
  atRisk: [
    {
      ref: 'INC-4',
      title: 'Checkout slow',
      priority: 'P2',
      kind: 'restore',
      crossed: 100,
      breached: true,
      agreement: 'Payments Gold',
      dueAt: '2026-11-28T18:00:00.000Z',
    },
  ],
};

async function renderCard(options: { allowed: boolean; covered?: boolean }) {
  const api = mockItsmApi();
  if (options.covered === false) {
    api.getSlaAgreement.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({ error: { name: 'NotFoundError', message: 'none' } }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
  } else {
    api.getSlaAgreement.mockResolvedValue({
      entityRef: 'component:default/checkout-service',
      id: 'gold',
      name: 'Payments Gold',
      match: 'system',
      satisfactionTarget: 90,
      objectives: [
        {
          priority: 'P1',
          responseMinutes: 15,
          restoreMinutes: 240,
          calendar: '24x7',
        },
        {
          priority: 'P2',
          responseMinutes: 30,
          restoreMinutes: 480,
          calendar: 'eu-office',
        },
      ],
    });
  }
  api.getSlaReport.mockResolvedValue(report);
  api.listSlaReviews.mockResolvedValue({ items: [] });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [
          permissionApiRef,
          new MockPermissionApi(() =>
            options.allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          ),
        ],
      ]}
    >
      {/* usePermission caches decisions in SWR: a fresh cache per test. */}
      <SWRConfig value={{ provider: () => new Map() }}>
        <EntityProvider entity={entity}>
          <EntitySlaCard />
        </EntityProvider>
      </SWRConfig>
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

describe('EntitySlaCard', () => {
  it("shows the entity's agreement, its objectives, this month's compliance and the incidents at risk", async () => {
    const api = await renderCard({ allowed: false });
    expect(
      await screen.findByText('Payments Gold: covers its system'),
    ).toBeInTheDocument();
    const objectives = screen.getByRole('table', { name: 'Objectives' });
    expect(within(objectives).getByText('8 h')).toBeInTheDocument();
    expect(within(objectives).getByText('eu-office')).toBeInTheDocument();
    expect(screen.getByTestId('sla-this-month')).toHaveTextContent(
      'Restore 90% met · response 100% met · satisfaction target 90%',
    );
    expect(
      within(screen.getByTestId('at-risk-INC-4')).getByText('Breached'),
    ).toBeInTheDocument();
    expect(screen.getByText('Not reviewed yet.')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Review' }),
    ).not.toBeInTheDocument();
    expect(api.getSlaReport).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRef: 'component:default/checkout-service',
      }),
    );
  });

  it('lets a service level manager record a review', async () => {
    const api = await renderCard({ allowed: true });
    api.reviewSla.mockResolvedValue({} as any);
    fireEvent.click(await screen.findByRole('button', { name: 'Review' }));
    fireEvent.change(await screen.findByLabelText(/^Notes/), {
      target: { value: 'Targets still right' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record review' }));
    await waitFor(() =>
      expect(api.reviewSla).toHaveBeenCalledWith({
        entityRef: 'component:default/checkout-service',
        decision: 'keep',
        notes: 'Targets still right',
      }),
    );
    await waitFor(() => expect(api.listSlaReviews).toHaveBeenCalledTimes(2));
  });

  it('says so when no agreement covers the entity', async () => {
    await renderCard({ allowed: true, covered: false });
    expect(
      await screen.findByText('No service level agreement covers this entity.'),
    ).toBeInTheDocument();
  });
});
