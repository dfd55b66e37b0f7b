import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { aRelease, mockItsmApi } from '../../testUtils/mockItsmApi';
import { EntityReleasesContent } from './EntityReleasesContent';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};

describe('EntityReleasesContent', () => {
  it('shows the latest released version as current, the planned releases and the history with outcomes', async () => {
    const itsmApi = mockItsmApi();
    itsmApi.listReleases.mockImplementation(async options =>
      options?.state?.includes('planned')
        ? {
            items: [
              aRelease({
                ref: 'REL-4',
                releaseVersion: '2.6.0',
                state: 'approved',
              }),
            ],
          }
        : {
            items: [
              aRelease({
                ref: 'REL-3',
                releaseVersion: '2.5.0',
                state: 'rolled_back',
                reason: 'Card payments fail',
                releasedAt: '2026-11-20T10:00:00.000Z',
              }),
              aRelease({
                ref: 'REL-2',
                releaseVersion: '2.4.1',
                state: 'released',
                outcome: 'successful',
                releasedAt: '2026-11-10T10:00:00.000Z',
              }),
              aRelease({
                ref: 'REL-1',
                releaseVersion: '2.4.0',
                state: 'released',
                outcome: 'successful_with_issues',
                releasedAt: '2026-11-01T10:00:00.000Z',
              }),
            ],
          },
    );
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, itsmApi]]}>
        <EntityProvider entity={entity}>
          <EntityReleasesContent />
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/itsm': rootRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    const current = await screen.findByTestId('current-version');
    expect(current).toHaveTextContent(/^2\.4\.1/);
    expect(current).toHaveTextContent('REL-2');
    const upcoming = screen.getByRole('table', { name: 'Upcoming releases' });
    expect(within(upcoming).getByText('2.6.0')).toBeInTheDocument();
    expect(
      within(upcoming).getByRole('link', { name: 'REL-4' }),
    ).toHaveAttribute('href', '/itsm/releases/REL-4');
    const history = screen.getByRole('table', { name: 'History' });
    expect(
      within(history).getByText('Rolled back: Card payments fail'),
    ).toBeInTheDocument();
    expect(
      within(history).getByText('Successful with issues'),
    ).toBeInTheDocument();
    expect(itsmApi.listReleases).toHaveBeenCalledWith(
      expect.objectContaining({ entityRef: 'component:default/checkout' }),
    );
  });
});
