import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { aProblem } from '../../testUtils/testProblem';
import { EntityProblemsCard } from './EntityProblemsCard';

describe('EntityProblemsCard', () => {
  it("lists the entity's open problems and its known errors with their workarounds, and links to all its problems", async () => {
    const api = mockItsmApi();
    api.listProblems.mockResolvedValue({
      items: [
        aProblem({
          ref: 'PRB-3',
          title: 'Suggested: 3 incidents on ledger-service within 24 hours',
          state: 'new',
          source: 'proactive',
        }),
      ],
    });
    api.listKnownErrors.mockResolvedValue({
      items: [
        {
          id: 'prb-id',
          ref: 'PRB-2',
          title: 'Postings time out',
          description: '',
          state: 'fix_in_progress',
          priority: 'P2',
          category: 'software',
          workaround: 'Restart the ledger pods',
          entityRefs: ['component:default/ledger-service'],
          updatedAt: '2026-11-28T10:00:00Z',
        },
      ],
    });
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <EntityProblemsCard entityRef="component:default/ledger-service" />
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/itsm': rootRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    const row = await screen.findByTestId('PRB-3');
    expect(
      within(row).getByRole('link', {
        name: 'Suggested: 3 incidents on ledger-service within 24 hours',
      }),
    ).toHaveAttribute('href', '/itsm/problems/PRB-3');
    expect(
      await screen.findByText('Workaround: Restart the ledger pods'),
    ).toBeInTheDocument();
    expect(api.listProblems).toHaveBeenCalledWith({
      entityRef: 'component:default/ledger-service',
      state: ['new', 'investigating', 'awaiting_approval', 'fix_in_progress'],
      sort: 'priority',
      limit: 20,
    });
    expect(
      screen.getByRole('link', { name: /All problems of this entity/ }),
    ).toHaveAttribute(
      'href',
      '/itsm/problems?view=all&entity=component%3Adefault%2Fledger-service',
    );
  });
});
