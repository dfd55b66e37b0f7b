import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { ImprovementItem } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ImprovementRegisterTab } from './ImprovementRegisterTab';

const item = (n: number, overrides: Partial<ImprovementItem> = {}) =>
  ({
    id: `i-${n}`,
    ref: `IMP-${n}`,
    type: 'improvement',
    version: 1,
    state: 'proposed',
    title: `Item ${n}`,
    description: '',
    entityRefs: [],
    owner: 'group:default/it-operations',
    source: 'manual',
    ...overrides,
  } as ImprovementItem);

async function renderRegister() {
  const api = mockItsmApi();
  api.listImprovementRecords.mockImplementation(async (_type, options) =>
    options?.cursor
      ? { items: [item(1)] }
      : {
          items: [
            item(3, {
              source: 'indicator',
              sourceRef: 'incident-time-to-accept',
              indicatorId: 'incident-time-to-accept',
              dueDate: '2027-03-31',
            }),
            item(2, { state: 'approved' }),
          ],
          nextCursor: 'page-2',
        },
  );
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [permissionApiRef, new MockPermissionApi()],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <ImprovementRegisterTab />
      </SWRConfig>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/itsm': rootRouteRef,
      },
    },
  );
  return api;
}

describe('ImprovementRegisterTab', () => {
  it('lists the open items with their indicator, due date and source, linked to their pages', async () => {
    const api = await renderRegister();
    const table = await screen.findByRole('table', {
      name: 'Improvement items',
    });
    const row = within(table).getByText('Item 3').closest('tr')!;
    expect(within(row).getByRole('link', { name: 'IMP-3' })).toHaveAttribute(
      'href',
      '/itsm/improvements/IMP-3',
    );
    expect(row).toHaveTextContent('Proposed');
    expect(row).toHaveTextContent('Mean time to accept');
    expect(row).toHaveTextContent(
      'Indicator missing its target: Mean time to accept',
    );
    expect(
      within(row).getByRole('link', { name: 'Mean time to accept' }),
    ).toHaveAttribute('href', '/itsm/kpis/incident-time-to-accept');
    expect(api.listImprovementRecords).toHaveBeenCalledWith('improvement', {
      limit: 50,
      state: ['proposed', 'approved', 'in_progress', 'evaluating'],
    });
  });

  it('pages on with "Show more" and lists every state when asked', async () => {
    const api = await renderRegister();
    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Item 1')).toBeInTheDocument();
    expect(screen.getByText('Item 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(api.listImprovementRecords).toHaveBeenLastCalledWith(
      'improvement',
      expect.objectContaining({ cursor: 'page-2' }),
    );

    fireEvent.mouseDown(screen.getByLabelText('State'));
    fireEvent.click(await screen.findByRole('option', { name: 'All' }));
    await waitFor(() =>
      expect(api.listImprovementRecords).toHaveBeenLastCalledWith(
        'improvement',
        { limit: 50 },
      ),
    );
    // A new filter starts from the first page again.
    await waitFor(() => expect(screen.queryByText('Item 1')).toBeNull());
  });
});
