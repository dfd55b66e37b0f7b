import { screen, waitFor, within } from '@testing-library/react';
import { anIncident } from '../../testUtils/mockItsmApi';
import {
  entityRef,
  row,
  setupEntityIncidents as setup,
  user,
} from './__testUtils__/setupEntityIncidents';

function openCount(priority: string) {
  return within(screen.getByTestId(`open-incidents-${priority}`));
}

describe('EntityIncidentsContent', () => {
  it("lists the entity's incidents with their priority, state, group and age", async () => {
    const { itsmApi, render } = setup({
      incidents: [
        anIncident({
          id: 'a',
          ref: 'INC-12',
          title: 'Checkout fails',
          priority: 'P1',
          state: 'new',
          assignmentGroup: 'group:default/payments-team',
          supportTier: 'L2',
        }),
        anIncident({
          id: 'b',
          ref: 'INC-11',
          title: 'Slow refunds',
          priority: 'P3',
          state: 'in_progress',
        }),
        anIncident({
          id: 'c',
          ref: 'INC-10',
          title: 'Wrong currency',
          priority: 'P1',
          state: 'resolved',
        }),
      ],
    });

    await render();

    expect(await screen.findByText('INC-12')).toBeInTheDocument();
    expect(
      within(row('INC-12')).getByText('Checkout fails'),
    ).toBeInTheDocument();
    expect(row('INC-12')).toHaveTextContent(/payments-team.*L2/);
    expect(row('INC-11')).toHaveTextContent('Unassigned');
    expect(within(row('INC-12')).getByTitle('P1 - Critical')).toHaveTextContent(
      'P1',
    );
    expect(within(row('INC-12')).getByText('New')).toBeInTheDocument();
    expect(
      within(row('INC-12')).getByText('5 minutes ago'),
    ).toBeInTheDocument();
    expect(within(row('INC-11')).getByText('In progress')).toBeInTheDocument();
    expect(within(row('INC-10')).getByText('Resolved')).toBeInTheDocument();

    // Open incidents: the resolved P1 does not count.
    await waitFor(() =>
      expect(openCount('P1').getByText('1')).toBeInTheDocument(),
    );
    expect(openCount('P3').getByText('1')).toBeInTheDocument();
    expect(openCount('P2').getByText('0')).toBeInTheDocument();

    expect(itsmApi.listIncidents).toHaveBeenCalledWith({
      entityRef,
      limit: 20,
    });
    expect(itsmApi.countIncidents).toHaveBeenCalledWith({
      entityRef,
      state: ['new', 'accepted', 'in_progress', 'on_hold'],
    });
    expect(itsmApi.listIncidents).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing has been reported', async () => {
    const { render } = setup({ incidents: [] });

    await render();

    expect(await screen.findByText('No incidents')).toBeInTheDocument();
  });

  it('loads the next page with the cursor of the previous one', async () => {
    const { itsmApi, render } = setup({
      incidents: [anIncident({ id: 'a', ref: 'INC-2' })],
      nextCursor: 'cursor-2',
    });
    await render();
    await screen.findByText('INC-2');
    itsmApi.listIncidents.mockResolvedValueOnce({
      items: [anIncident({ id: 'b', ref: 'INC-1', title: 'Older' })],
    });

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('INC-1')).toBeInTheDocument();
    expect(screen.getByText('INC-2')).toBeInTheDocument();
    expect(itsmApi.listIncidents).toHaveBeenLastCalledWith({
      entityRef,
      limit: 20,
      cursor: 'cursor-2',
    });
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });
});
