import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { Exercise } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ExercisesTab } from './ExercisesTab';

const drill: Exercise = {
  id: 'id-EX-2',
  ref: 'EX-2',
  type: 'exercise',
  version: 6,
  state: 'completed',
  title: 'Database lost at peak',
  description: '',
  priority: 'P3',
  entityRefs: ['component:default/checkout-service'],
  createdBy: 'user:default/carla.continuity',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T11:00:00.000Z',
  kind: 'simulation',
  plan: 'CP-1',
  plannedStart: '2026-12-01T10:00:00.000Z',
  result: 'failed',
  measurement: {
    recoveryMinutes: 50,
    recovered: true,
    stepsDone: 2,
    stepsTotal: 2,
    rtoMinutes: 30,
    withinRto: false,
  },
};

async function renderTab(
  decision: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  const api = mockItsmApi();
  api.listContinuityRecords.mockResolvedValue({ items: [drill] });
  api.getChangeForm.mockRejectedValue(new Error('not needed'));
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [permissionApiRef, new MockPermissionApi(() => decision)],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <ExercisesTab />
      </SWRConfig>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('ExercisesTab', () => {
  it('lists each drill with its kind, plan, result and the recovery measured against the RTO', async () => {
    await renderTab(AuthorizeResult.ALLOW);
    const row = await screen.findByTestId('EX-2');
    expect(row).toHaveTextContent('Simulation');
    expect(row).toHaveTextContent('CP-1');
    expect(row).toHaveTextContent('Failed');
    expect(
      within(row).getByText(/Recovered in 50 min \(RTO 30 min, missed\)/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'New exercise' }),
    ).toBeInTheDocument();
  });

  it("names New exercise's dialog and labels its title field (one id each)", async () => {
    await renderTab(AuthorizeResult.ALLOW);
    fireEvent.click(
      await screen.findByRole('button', { name: 'New exercise' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New exercise' });
    expect(within(dialog).getByLabelText(/^Title/).tagName).toBe('INPUT');
  });

  it('offers New exercise only to continuity managers', async () => {
    await renderTab(AuthorizeResult.DENY);
    await screen.findByTestId('EX-2');
    expect(
      screen.queryByRole('button', { name: 'New exercise' }),
    ).not.toBeInTheDocument();
  });
});
