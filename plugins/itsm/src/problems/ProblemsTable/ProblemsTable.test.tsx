import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { aProblem } from '../../testUtils/testProblem';
import { ProblemsTable } from './ProblemsTable';

describe('ProblemsTable', () => {
  it('shows each problem with its link, state, priority, category, markers, entities and group', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, mockItsmApi()]]}>
        <ProblemsTable
          problems={[
            aProblem({
              knownError: true,
              category: 'configuration',
              state: 'awaiting_approval',
              priority: 'P1',
              assignee: 'user:default/pat.problem',
            }),
            aProblem({
              id: 'prb-id-2',
              ref: 'PRB-2',
              state: 'new',
              source: 'proactive',
              assignmentGroup: undefined,
            }),
          ]}
        />
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/itsm': rootRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    const row = screen.getByTestId('PRB-1');
    expect(
      within(row).getByRole('link', { name: 'Checkout times out under load' }),
    ).toHaveAttribute('href', '/itsm/problems/PRB-1');
    expect(within(row).getByText('Solution awaiting approval')).toBeVisible();
    expect(within(row).getByText('Configuration error')).toBeVisible();
    expect(within(row).getByText('Known error')).toBeVisible();
    expect(within(row).getByText('P1 - Critical')).toBeVisible();
    expect(within(row).getByText('payments-team')).toBeVisible();
    expect(within(row).getByText('pat.problem')).toBeVisible();
    expect(within(row).queryByText('Suggested')).not.toBeInTheDocument();

    const suggested = screen.getByTestId('PRB-2');
    expect(within(suggested).getByText('Suggested')).toBeVisible();
    expect(
      within(suggested).queryByText('Known error'),
    ).not.toBeInTheDocument();
  });
});
