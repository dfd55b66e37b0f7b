import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReportsTab } from './ReportsTab';

const payments = 'group:default/payments-team';
const summary = (scope: string) => ({
  scope,
  scopeKind: scope === 'portal' ? ('portal' as const) : ('group' as const),
  period: '2026-11',
  generatedAt: '2026-12-01T02:00:00Z',
  generatedBy: 'schedule',
});

async function renderTab(
  decision: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  const api = mockItsmApi();
  api.listPeriodicReports.mockResolvedValue({
    items: [summary(payments), summary('portal')],
  });
  api.getPeriodicReport.mockResolvedValue({
    ...summary('portal'),
    markdown: '# Monthly report: the portal, 2026-11\n',
    csv: 'Section,Item\n',
  });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
        [permissionApiRef, new MockPermissionApi(() => decision)],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <ReportsTab />
      </SWRConfig>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return api;
}

describe('ReportsTab', () => {
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:report');
    URL.revokeObjectURL = jest.fn();
  });

  it('lists the reports by month and scope, opens and downloads them', async () => {
    const api = await renderTab(AuthorizeResult.DENY);
    const table = await screen.findByRole('table', { name: 'Monthly reports' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('The portal');
    expect(within(rows[0]).getByRole('link', { name: 'Open' })).toHaveAttribute(
      'href',
      `/itsm/reports/${encodeURIComponent(payments)}/2026-11`,
    );
    await userEvent.click(within(rows[1]).getByRole('button', { name: 'CSV' }));
    expect(api.getPeriodicReport).toHaveBeenCalledWith('portal', '2026-11');
    expect(URL.createObjectURL).toHaveBeenCalled();
    expect(
      screen.queryByRole('button', { name: 'Generate a report' }),
    ).not.toBeInTheDocument();
  });

  it('lets a manager generate a report of a scope and month', async () => {
    const api = await renderTab(AuthorizeResult.ALLOW);
    api.createPeriodicReport.mockResolvedValue({} as any);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Generate a report' }),
    );
    const scope = screen.getByRole('textbox', { name: /Scope/ });
    await userEvent.clear(scope);
    await userEvent.type(scope, payments);
    const month = screen.getByRole('textbox', { name: /Month/ });
    await userEvent.clear(month);
    await userEvent.type(month, '2026-10');
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    expect(api.createPeriodicReport).toHaveBeenCalledWith({
      scope: payments,
      period: '2026-10',
    });
  });
});
