import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ContinuitySummary } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { EntityContinuityCard } from './EntityContinuityCard';

const checkout = 'component:default/checkout-service';
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
};

async function renderCard(summary: ContinuitySummary) {
  const api = mockItsmApi();
  api.getContinuitySummary.mockResolvedValue(summary);
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityContinuityCard />
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

const link = (name: string | RegExp) => screen.getByRole('link', { name });

describe('the Continuity card', () => {
  it('shows the objectives, the analysis, the plan, the last drill and open findings, each linked', async () => {
    const api = await renderCard({
      entityRef: checkout,
      analysis: {
        ref: 'BIA-3',
        state: 'approved',
        rtoMinutes: 120,
        rpoMinutes: 15,
        mtpdMinutes: 240,
        reviewDueAt: '2027-11-30T12:00:00Z',
      },
      plans: [{ ref: 'CP-2', title: 'Payments plan', state: 'active' }],
      covered: true,
      lastExercise: {
        ref: 'EX-7',
        title: 'Autumn failover',
        kind: 'failover',
        result: 'passed_with_findings',
        completedAt: '2026-10-15T10:00:00Z',
      },
      findings: {
        open: 1,
        items: [
          {
            exerciseRef: 'EX-7',
            title: 'Failover took 3 h',
            dueDate: '2026-12-31',
          },
        ],
      },
      objectives: { achievable: true, issues: [], truncated: false },
      flags: [],
    });
    expect(api.getContinuitySummary).toHaveBeenCalledWith(checkout);
    expect(await screen.findByText('2 h')).toBeInTheDocument();
    expect(screen.getByText('15 min')).toBeInTheDocument();
    expect(screen.getByText('4 h')).toBeInTheDocument();
    expect(link('BIA-3')).toHaveAttribute(
      'href',
      '/itsm/business-impact-analyses/BIA-3',
    );
    expect(link('CP-2 Payments plan')).toHaveAttribute(
      'href',
      '/itsm/continuity-plans/CP-2',
    );
    expect(screen.getByTestId('plan-CP-2')).toHaveTextContent('Active');
    expect(screen.getByTestId('last-drill')).toHaveTextContent(
      'EX-7 Autumn failover (Failover) · Passed with findings · 15 Oct 2026',
    );
    expect(screen.getByTestId('finding')).toHaveTextContent(
      'Failover took 3 h (EX-7) · due 31 Dec 2026',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('raises the red flags: no plan, no drill in 12 months, RTO not achievable with its cause', async () => {
    await renderCard({
      entityRef: checkout,
      analysis: { ref: 'BIA-3', state: 'draft', rtoMinutes: 60 },
      plans: [{ ref: 'CP-4', title: 'Draft plan', state: 'draft' }],
      covered: false,
      objectives: {
        achievable: false,
        truncated: false,
        issues: [
          {
            kind: 'longer-rto',
            entityRef: 'component:default/ledger-service',
            path: [checkout, 'component:default/ledger-service'],
            message: 'ledger-service recovers in 4 h, after the RTO of 1 h',
          },
          {
            kind: 'no-plan',
            entityRef: 'resource:default/payments-db',
            path: [checkout, 'resource:default/payments-db'],
            message: 'payments-db has no plan',
          },
        ],
      },
      flags: ['no-plan', 'no-recent-exercise', 'rto-not-achievable'],
    });
    expect(
      await screen.findByText(
        'No approved or active continuity plan covers it.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No drill in the last 12 months.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^RTO not achievable/)).toHaveTextContent(
      /ledger-service recovers in 4 h, after the RTO of 1 h .* and 1 more inconsistency\./,
    );
    expect(screen.queryByTestId('last-drill')).not.toBeInTheDocument();
    // No findings field on the exercises: no findings row at all.
    expect(screen.queryByText('open findings')).not.toBeInTheDocument();
  });

  it('says nothing covers an entity yet and offers to start an analysis for it', async () => {
    await renderCard({
      entityRef: checkout,
      plans: [],
      covered: false,
      objectives: { achievable: true, issues: [], truncated: false },
      flags: ['no-plan', 'no-recent-exercise'],
    });
    expect(await screen.findByTestId('continuity-nothing')).toHaveTextContent(
      'No business impact analysis, continuity plan or drill covers this entity yet',
    );
    expect(screen.getByText('Start an analysis').closest('a')).toHaveAttribute(
      'href',
      `/itsm/continuity?tab=business-impact-analyses&entityRef=${encodeURIComponent(
        checkout,
      )}`,
    );
  });
});
