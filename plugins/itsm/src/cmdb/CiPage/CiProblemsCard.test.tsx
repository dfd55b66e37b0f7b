import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { aProblem } from '../../testUtils/testProblem';
import { CiProblemsCard } from './CiProblemsCard';

describe('CiProblemsCard', () => {
  it("lists the item's open problems before the finished ones, under its known errors", async () => {
    const api = mockItsmApi();
    api.listProblems.mockImplementation(async options =>
      options?.state?.includes('closed')
        ? {
            items: [aProblem({ id: 'b', ref: 'PRB-2', state: 'closed' })],
          }
        : { items: [aProblem({ id: 'a', ref: 'PRB-5', state: 'new' })] },
    );
    api.listKnownErrors.mockResolvedValue({
      items: [
        {
          id: 'c',
          ref: 'PRB-5',
          title: 'Disks fill up',
          description: '',
          state: 'investigating',
          priority: 'P3',
          category: 'hardware',
          workaround: 'Rotate the logs by hand',
          entityRefs: ['resource:default/srv-db-01'],
          updatedAt: '2026-11-28T10:00:00Z',
        },
      ],
    });
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <CiProblemsCard entityRef="resource:default/srv-db-01" />
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/itsm': rootRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    expect(
      await screen.findByText('Workaround: Rotate the logs by hand'),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', {
      name: 'Problems of this item',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(row => row.getAttribute('data-testid')),
    ).toEqual(['PRB-5', 'PRB-2']);
    expect(api.listProblems).toHaveBeenCalledWith({
      entityRef: 'resource:default/srv-db-01',
      state: ['new', 'investigating', 'awaiting_approval', 'fix_in_progress'],
      sort: 'priority',
      limit: 20,
    });
    expect(api.listProblems).toHaveBeenCalledWith({
      entityRef: 'resource:default/srv-db-01',
      state: ['resolved', 'closed', 'cancelled'],
      sort: 'updated',
      limit: 5,
    });
    expect(
      screen.getByRole('link', { name: /All problems of this item/ }),
    ).toHaveAttribute(
      'href',
      '/itsm/problems?view=all&entity=resource%3Adefault%2Fsrv-db-01',
    );
  });
});
