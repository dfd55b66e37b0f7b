import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ContinuityPlan } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { PlanMeasuresCard } from './PlanMeasuresCard';
import { PlanVersionsCard } from './PlanVersionsCard';

const plan = {
  id: 'cp-1',
  ref: 'CP-1',
  type: 'continuity-plan',
  version: 4,
  state: 'active',
  title: 'Payments continuity plan',
  description: '',
  priority: 'P3',
  entityRefs: ['component:default/checkout-service'],
  createdBy: 'user:default/carla',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  allowed: { update: true, comment: true, workNote: true, respond: true },
  measures: [
    {
      id: 'm1',
      phase: 'prevention',
      title: 'Replicate payments-db',
      owner: 'group:default/payments-team',
      dueDate: '2020-01-31',
    },
    {
      id: 'm2',
      phase: 'recovery',
      title: 'Document the failover',
      owner: 'user:default/paula.lead',
      dueDate: '2099-06-30',
      doneBy: 'user:default/paula.lead',
      doneAt: '2026-11-02T10:00:00Z',
    },
  ],
  procedure: [
    {
      id: 's1',
      title: 'Declare',
      role: 'Incident manager',
      expectedMinutes: 10,
    },
  ],
  versions: [
    {
      version: 1,
      approvedAt: '2026-11-01T12:00:00Z',
      approvedBy: ['user:default/mia'],
    },
  ],
} as unknown as ContinuityPlan;

const render = (ui: JSX.Element, api = mockItsmApi()) =>
  renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>{ui}</TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );

describe('a plan’s measures', () => {
  it('are grouped by phase, with the overdue marked and the done ticked', async () => {
    await render(<PlanMeasuresCard plan={plan} onChanged={jest.fn()} />);
    expect(screen.getByText('1 of 2 done, 1 overdue')).toBeInTheDocument();
    expect(screen.getByText('Prevention')).toBeInTheDocument();
    expect(screen.getByText('Recovery')).toBeInTheDocument();
    expect(screen.getAllByText('Overdue')).toHaveLength(1);
    expect(screen.getByLabelText('Done: Document the failover')).toBeChecked();
  });

  it('tick one done on the plan’s version', async () => {
    const api = mockItsmApi();
    api.tickContinuityPlanMeasure.mockResolvedValue(plan);
    const onChanged = jest.fn();
    await render(<PlanMeasuresCard plan={plan} onChanged={onChanged} />, api);
    fireEvent.click(screen.getByLabelText('Done: Replicate payments-db'));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(plan));
    expect(api.tickContinuityPlanMeasure).toHaveBeenCalledWith('CP-1', 'm1', {
      version: 4,
      done: true,
    });
  });
});

describe('a plan’s versions', () => {
  it('compare the last approved version with the plan now', async () => {
    const api = mockItsmApi();
    api.getContinuityPlanVersion.mockResolvedValue({
      version: 1,
      approvedAt: '2026-11-01T12:00:00Z',
      approvedBy: ['user:default/mia'],
      content: {
        entityRefs: ['component:default/checkout-service'],
        measures: [],
        procedure: [],
      },
    });
    await render(<PlanVersionsCard plan={plan} />, api);
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(
      await screen.findByText('Version 1 → the plan now'),
    ).toBeInTheDocument();
    expect(screen.getByText('Added: Declare')).toBeInTheDocument();
    expect(
      screen.getByText('Added: Replicate payments-db'),
    ).toBeInTheDocument();
  });
});
