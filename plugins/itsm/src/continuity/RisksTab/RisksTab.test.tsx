import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  defaultRiskMatrix,
  Risk,
  RiskRegister,
} from '@backstage-itsm/plugin-itsm-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { RisksTab } from './RisksTab';

const risk = (n: number, overrides: Partial<Risk>): Risk => ({
  id: `rsk-${n}`,
  ref: `RSK-${n}`,
  type: 'risk',
  version: 1,
  state: 'assessed',
  title: `Risk ${n}`,
  description: '',
  priority: 'P3',
  entityRefs: ['resource:default/payments-db'],
  area: 'hardware',
  createdBy: 'user:default/carla',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

const register: RiskRegister = {
  scope: 'all',
  matrix: defaultRiskMatrix.map(row => [...row]),
  currency: 'EUR',
  truncated: false,
  items: [
    risk(1, {
      title: 'Single database server',
      likelihood: 3,
      impact: 5,
      level: 'critical',
      annualLossExpectancy: 30000,
      currency: 'EUR',
      treatment: 'reduce',
      reviewDate: '2027-06-30',
    }),
    risk(2, {
      title: 'Ledger outage',
      likelihood: 3,
      impact: 5,
      level: 'critical',
    }),
    risk(3, {
      title: 'Key person',
      area: 'people',
      likelihood: 2,
      impact: 2,
      level: 'low',
    }),
  ],
};

async function renderTab(
  decision: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  const api = mockItsmApi();
  api.getRiskRegister.mockResolvedValue(register);
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
        [permissionApiRef, new MockPermissionApi(() => decision)],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <RisksTab />
      </SWRConfig>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return api;
}

describe('RisksTab', () => {
  it('shows the ranked register with level, ALE and review date, and counts each heat map cell', async () => {
    const api = await renderTab(AuthorizeResult.ALLOW);
    expect(api.getRiskRegister).toHaveBeenCalledWith('all');
    const table = await screen.findByRole('table', { name: 'Risks' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[1].textContent),
    ).toEqual(['Single database server', 'Ledger outage', 'Key person']);
    expect(rows[0]).toHaveTextContent('Critical');
    expect(rows[0]).toHaveTextContent('3 × 5');
    expect(rows[0]).toHaveTextContent('30,000 EUR');
    expect(rows[0]).toHaveTextContent('Reduce');
    expect(rows[0]).toHaveTextContent('30 Jun 2027');
    expect(
      screen.getByRole('button', {
        name: 'Likelihood 3, impact 5: Critical, 2 risks',
      }),
    ).toHaveTextContent('2');
    expect(
      screen.getByRole('button', {
        name: 'Likelihood 2, impact 2: Low, 1 risk',
      }),
    ).toBeInTheDocument();
  });

  it('filters the register by a heat map cell, and shows it all again on a second click', async () => {
    await renderTab(AuthorizeResult.ALLOW);
    const cell = await screen.findByRole('button', {
      name: 'Likelihood 2, impact 2: Low, 1 risk',
    });
    await userEvent.click(cell);
    const table = screen.getByRole('table', { name: 'Risks' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('Key person');
    await userEvent.click(cell);
    expect(
      within(screen.getByRole('table', { name: 'Risks' })).getAllByRole('row'),
    ).toHaveLength(4);
  });

  it('offers a new risk to continuity managers only', async () => {
    await renderTab(AuthorizeResult.DENY);
    await screen.findByRole('table', { name: 'Risks' });
    expect(screen.queryByRole('button', { name: 'New risk' })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Assessment report' }),
    ).toBeInTheDocument();
  });

  it('opens the new risk dialog for a manager', async () => {
    await renderTab(AuthorizeResult.ALLOW);
    await userEvent.click(
      await screen.findByRole('button', { name: 'New risk' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/Threat/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Likelihood/)).toBeInTheDocument();
  });
});
