import { screen } from '@testing-library/react';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { SWRConfig } from 'swr';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ItsmHomePage } from './ItsmHomePage';

async function renderHome(
  decision: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  const itsmApi = mockItsmApi();
  itsmApi.listIncidents.mockResolvedValue({ items: [] });
  const asked: string[] = [];
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, itsmApi],
        [catalogApiRef, catalogApiMock()],
        [
          permissionApiRef,
          new MockPermissionApi(request => {
            asked.push(request.permission.name);
            return decision;
          }),
        ],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <ItsmHomePage />
      </SWRConfig>
    </TestApiProvider>,
    { mountedRoutes: { '/itsm': rootRouteRef } },
  );
  return { itsmApi, asked };
}

describe('ItsmHomePage', () => {
  it('opens on the service desk queues for those the policy lets work them', async () => {
    const { itsmApi, asked } = await renderHome(AuthorizeResult.ALLOW);
    expect(
      await screen.findByRole('heading', { name: 'Service desk' }),
    ).toBeInTheDocument();
    expect(asked).toContain('itsm.servicedesk.use');
    // Their own requests are a click away.
    expect(screen.getByText('My requests').closest('a')).toHaveAttribute(
      'href',
      expect.stringMatching(/\/my-requests$/),
    );
    expect(itsmApi.listIncidents).toHaveBeenCalledWith(
      expect.objectContaining({ assignee: ['me'] }),
    );
  });

  it('opens on My requests for everyone else, without the queues', async () => {
    const { itsmApi } = await renderHome(AuthorizeResult.DENY);
    expect(
      await screen.findByRole('heading', { name: 'My requests' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Report a problem' }),
    ).toBeInTheDocument();
    for (const [options] of itsmApi.listIncidents.mock.calls) {
      expect(options).toEqual(expect.objectContaining({ reportedBy: ['me'] }));
    }
  });
});
