import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { aChange, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ChangesPage } from './ChangesPage';

async function renderPage() {
  const api = mockItsmApi();
  api.listChanges.mockImplementation(async options =>
    options?.state?.includes('awaiting_approval') && options.state.length === 1
      ? { items: [aChange({ ref: 'CHG-7', state: 'awaiting_approval' })] }
      : { items: [] },
  );
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ChangesPage />
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

describe('ChangesPage', () => {
  it('lists the changes of the chosen view, and says when there are none', async () => {
    const api = await renderPage();
    expect(await screen.findByText('No open changes.')).toBeInTheDocument();
    expect(api.listChanges).toHaveBeenCalledWith({
      state: [
        'draft',
        'submitted',
        'accepted',
        'assessed',
        'awaiting_approval',
        'scheduled',
        'implementing',
        'review',
      ],
      limit: 100,
    });
    fireEvent.mouseDown(screen.getByLabelText('Show'));
    fireEvent.click(
      await screen.findByRole('option', { name: 'Awaiting approval' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'CHG-7' })).toHaveAttribute(
        'href',
        '/itsm/changes/CHG-7',
      ),
    );
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });
});
