import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { Release } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReleaseScopeCard } from './ReleaseScopeCard';

describe('ReleaseScopeCard', () => {
  it('shows what the release changes, what depends on it and whom to tell', async () => {
    const api = mockItsmApi();
    api.analyzeImpact.mockResolvedValue({
      roots: [],
      missing: [],
      impacted: [
        {
          entityRef: 'component:default/web-storefront',
          kind: 'Component',
          title: 'Web Storefront',
          ciClass: 'software',
          owners: ['group:default/web-team'],
          depth: 1,
          path: [
            'component:default/checkout-service',
            'component:default/web-storefront',
          ],
        },
      ],
      edges: [],
      stakeholders: ['group:default/web-team'],
      maxDepth: 3,
      truncated: false,
    } as any);
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <ReleaseScopeCard
          release={
            {
              entityRefs: ['component:default/checkout-service'],
              modules: ['tariffs'],
            } as Release
          }
        />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(await screen.findByText('Web Storefront (1)')).toBeInTheDocument();
    expect(screen.getByText('module: tariffs')).toBeInTheDocument();
    expect(screen.getByText('web-team')).toBeInTheDocument();
    expect(api.analyzeImpact).toHaveBeenCalledWith({
      entityRefs: ['component:default/checkout-service'],
      depth: 3,
    });
  });
});
