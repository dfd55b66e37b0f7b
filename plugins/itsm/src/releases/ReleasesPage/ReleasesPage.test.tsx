import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { aRelease, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReleasesPage } from './ReleasesPage';

async function renderPage() {
  const api = mockItsmApi();
  api.listReleases.mockImplementation(async options =>
    options?.state?.includes('rolled_back')
      ? {
          items: [
            aRelease({
              ref: 'REL-2',
              entityRef: 'component:default/ledger-service',
              releaseVersion: '3.1.0',
              title: 'Ledger 3.1.0',
              state: 'rolled_back',
              reason: 'Errors on the canary',
            }),
          ],
        }
      : { items: [] },
  );
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ReleasesPage />
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

describe('ReleasesPage', () => {
  it('lists the releases of the chosen view across entities, and says when there are none', async () => {
    const api = await renderPage();
    expect(
      await screen.findByText('No upcoming releases.'),
    ).toBeInTheDocument();
    expect(api.listReleases).toHaveBeenCalledWith({
      state: ['planned', 'awaiting_approval', 'approved', 'ready'],
      limit: 100,
    });
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();

    fireEvent.mouseDown(screen.getByLabelText('Show'));
    fireEvent.click(await screen.findByRole('option', { name: 'Finished' }));
    const row = await screen.findByTestId('REL-2');
    expect(within(row).getByRole('link', { name: 'REL-2' })).toHaveAttribute(
      'href',
      '/itsm/releases/REL-2',
    );
    expect(within(row).getByText('ledger-service')).toBeInTheDocument();
    expect(
      within(row).getByText('Rolled back: Errors on the canary'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled(),
    );
  });
});
