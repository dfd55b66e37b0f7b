import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { aChange } from '../../testUtils/mockItsmApi';
import { ChangeImpactCard } from './ChangeImpactCard';

describe('ChangeImpactCard', () => {
  it('names the services under an agreement among those the change touches', async () => {
    await renderInTestApp(
      <ChangeImpactCard
        change={aChange({
          impact: {
            analysedAt: '2026-11-28T10:00:00.000Z',
            dependents: [],
            dependentCount: 0,
            stakeholders: [],
            openIncidents: [],
            servicesUnderSla: [
              {
                entityRef: 'component:default/checkout-service',
                agreement: { id: 'gold', name: 'Payments Gold' },
              },
            ],
            truncated: false,
          },
        })}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      screen.getByText('Under a service level agreement (1)'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('services-under-sla')).toHaveTextContent(
      'checkout-service (Payments Gold)',
    );
  });
});
