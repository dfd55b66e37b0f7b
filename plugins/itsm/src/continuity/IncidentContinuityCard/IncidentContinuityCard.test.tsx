import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { IncidentContinuity } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { IncidentContinuityCard } from './IncidentContinuityCard';

const minutesAgo = (n: number) =>
  new Date(Date.now() - n * 60_000).toISOString();

const plan = {
  ref: 'CP-1',
  title: 'Checkout continuity plan',
  state: 'active',
  entityRefs: ['component:default/checkout-service'],
  procedure: [
    {
      id: 'declare',
      title: 'Declare the disaster',
      role: 'Incident manager',
      expectedMinutes: 5,
    },
    {
      id: 'restore',
      title: 'Restore from replica',
      role: 'DBA',
      expectedMinutes: 20,
    },
  ],
  objectives: { rtoMinutes: 60, rpoMinutes: 15 },
};
const covering: IncidentContinuity = {
  version: 4,
  plans: [plan],
  invocations: [],
};
const invoked: IncidentContinuity = {
  version: 5,
  plans: [plan],
  invocations: [
    {
      id: 'I1',
      plan: 'CP-1',
      planTitle: plan.title,
      // 49.5 minutes ago: the clock counts a minute begun (50 min).
      invokedAt: minutesAgo(49.5),
      invokedBy: 'user:default/sam.agent',
      objectives: plan.objectives,
      steps: [
        {
          ...plan.procedure[0],
          startedAt: minutesAgo(45),
          doneAt: minutesAgo(40),
          by: 'user:default/sam.agent',
        },
        plan.procedure[1],
      ],
    },
  ],
};

async function renderCard(works: boolean, data: IncidentContinuity) {
  const api = mockItsmApi();
  api.getIncidentContinuity.mockResolvedValue(data);
  api.invokeContinuityPlan.mockResolvedValue(invoked);
  api.tickContinuityStep.mockResolvedValue(invoked);
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <IncidentContinuityCard incidentRef="INC-9" works={works} />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return api;
}

describe('IncidentContinuityCard', () => {
  it('shows the covering plan with its objectives and procedure, and invokes it for a worker', async () => {
    const api = await renderCard(true, covering);
    expect(await screen.findByText(/RTO 60 min, RPO 15 min/)).toHaveTextContent(
      'Declare the disaster → Restore from replica',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Invoke CP-1' }));
    await waitFor(() =>
      expect(api.invokeContinuityPlan).toHaveBeenCalledWith('INC-9', {
        version: 4,
        plan: 'CP-1',
      }),
    );
    // The checklist and its clock against the RTO.
    expect(await screen.findByRole('timer')).toHaveTextContent(
      /Running for 50 min \(RTO 1 h 0 min\).*10 min of the RTO left.*1 of 2 steps done/,
    );
    expect(
      screen.queryByRole('button', { name: 'Invoke CP-1' }),
    ).not.toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: "Mark 'Restore from replica' done" }),
    );
    await waitFor(() =>
      expect(api.tickContinuityStep).toHaveBeenCalledWith(
        'INC-9',
        'I1',
        'restore',
        {
          version: 5,
          status: 'done',
        },
      ),
    );
  });

  it('offers no invocation or ticks to those who do not work the incident', async () => {
    await renderCard(false, invoked);
    expect(await screen.findByRole('timer')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Invoke/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /done/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record recovery' }),
    ).not.toBeInTheDocument();
  });
});
