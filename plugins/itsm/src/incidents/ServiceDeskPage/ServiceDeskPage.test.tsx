import { act, screen, waitFor, within } from '@testing-library/react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import userEvent from '@testing-library/user-event';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { anIncident, mockItsmApi } from '../../testUtils/mockItsmApi';
import { rootRouteRef } from '../../routes';
import { ServiceDeskPage } from './ServiceDeskPage';

const user = userEvent.setup({ delay: null });

const open = ['new', 'accepted', 'in_progress', 'on_hold'];

function setup(incidents: Incident[]) {
  const itsmApi = mockItsmApi();
  const listeners: ((message: any) => void)[] = [];
  const signalApi = {
    subscribe: (_channel: string, onMessage: (message: any) => void) => {
      listeners.push(onMessage);
      return { unsubscribe: () => {} };
    },
  };
  const signal = (message: object) =>
    act(() => listeners.forEach(l => l(message)));
  itsmApi.listIncidents.mockResolvedValue({ items: incidents });
  const catalogApi = catalogApiMock({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'dba-team', namespace: 'default' },
        spec: { type: 'team', children: [] },
      },
      ...[
        ['ann.ops', 'Ann Ops', []],
        ['dana.dba', 'Dana Dba', ['group:default/dba-team']],
      ].map(([name, displayName, groups]) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: name as string, namespace: 'default' },
        spec: { profile: { displayName: displayName as string } },
        relations: (groups as string[]).map(targetRef => ({
          type: 'memberOf',
          targetRef,
        })),
      })),
    ],
  });
  const render = () =>
    renderInTestApp(
      <TestApiProvider
        apis={[
          [itsmApiRef, itsmApi],
          [catalogApiRef, catalogApi],
          [signalApiRef, signalApi],
        ]}
      >
        <ServiceDeskPage />
      </TestApiProvider>,
      { mountedRoutes: { '/itsm': rootRouteRef } },
    );
  return { itsmApi, render, signal };
}

/** The filters of the last list request. */
function lastQuery(itsmApi: ReturnType<typeof mockItsmApi>) {
  const calls = itsmApi.listIncidents.mock.calls;
  return calls[calls.length - 1][0];
}

describe('ServiceDeskPage', () => {
  it('opens on my work, sorted as a working queue, and switches queues', async () => {
    const { itsmApi, render } = setup([anIncident()]);
    await render();
    await screen.findByText('INC-1');
    expect(lastQuery(itsmApi)).toEqual(
      expect.objectContaining({
        assignee: ['me'],
        state: open,
        sort: 'priority',
      }),
    );
    await user.click(screen.getByRole('tab', { name: 'Unassigned' }));
    await waitFor(() =>
      expect(lastQuery(itsmApi)).toEqual(
        expect.objectContaining({ unassigned: true, state: open }),
      ),
    );
    await user.click(screen.getByRole('tab', { name: 'Major / P1' }));
    await waitFor(() =>
      expect(lastQuery(itsmApi)).toEqual(
        expect.objectContaining({ priority: ['P1'], state: open }),
      ),
    );
  });

  it('links each incident to its page', async () => {
    const { render } = setup([anIncident({ ref: 'INC-7' })]);
    await render();
    expect(await screen.findByRole('link', { name: 'INC-7' })).toHaveAttribute(
      'href',
      '/itsm/incidents/INC-7',
    );
  });

  it('links to the KPI dashboard and the improvement register beside statistics', async () => {
    const { render } = setup([anIncident()]);
    await render();
    await screen.findByText('INC-1');
    expect(screen.getByText('KPIs').closest('a')).toHaveAttribute(
      'href',
      expect.stringMatching(/\/kpis$/),
    );
    expect(screen.getByText('Improvements').closest('a')).toHaveAttribute(
      'href',
      expect.stringMatching(/\/improvements$/),
    );
  });

  it('pages on with the cursor of the last page', async () => {
    const { itsmApi, render } = setup([]);
    itsmApi.listIncidents.mockResolvedValueOnce({
      items: [anIncident({ id: 'a', ref: 'INC-2' })],
      nextCursor: 'next-page',
    });
    itsmApi.listIncidents.mockResolvedValueOnce({
      items: [anIncident({ id: 'b', ref: 'INC-1' })],
    });
    await render();
    await screen.findByText('INC-2');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('INC-1');
    expect(screen.getByText('INC-2')).toBeInTheDocument();
    expect(lastQuery(itsmApi)).toEqual(
      expect.objectContaining({ cursor: 'next-page', assignee: ['me'] }),
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('assigns the selected incidents and says which could not be', async () => {
    const one = anIncident({ id: 'a', ref: 'INC-1', version: 3 });
    const two = anIncident({ id: 'b', ref: 'INC-2', version: 1 });
    const { itsmApi, render } = setup([one, two]);
    itsmApi.bulkAssignIncidents.mockResolvedValue({
      items: [
        { id: 'a', status: 200 },
        { id: 'b', status: 409, error: 'INC-2 was changed by someone else' },
      ],
    });
    await render();
    await screen.findByText('INC-1');
    await user.click(
      screen.getByRole('checkbox', { name: 'Select all incidents' }),
    );
    await user.click(screen.getByRole('button', { name: 'Assign (2)' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Assignment group'));
    await user.click(await screen.findByRole('option', { name: /^dba-team/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(itsmApi.bulkAssignIncidents).toHaveBeenCalledWith({
      items: [
        { id: 'a', version: 3 },
        { id: 'b', version: 1 },
      ],
      assignmentGroup: 'group:default/dba-team',
    });
    expect(
      await screen.findByText(
        'Assigned 1; not assigned: INC-2 (INC-2 was changed by someone else)',
      ),
    ).toBeInTheDocument();
  });

  it("proposes the chosen group's members first to assign the selected incidents to", async () => {
    const { itsmApi, render } = setup([anIncident({ id: 'a', version: 2 })]);
    itsmApi.bulkAssignIncidents.mockResolvedValue({
      items: [{ id: 'a', status: 200 }],
    });
    await render();
    await screen.findByText('INC-1');
    // The queue says how to work it by keyboard: x selects the focused row.
    expect(
      screen.getByText(
        'Keyboard: j/k or ↑/↓ to move, Enter to open, x to select',
      ),
    ).toBeInTheDocument();
    screen.getByTestId('INC-1').focus();
    await user.keyboard('x');
    await user.click(screen.getByRole('button', { name: 'Assign (1)' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Assignment group'));
    await user.click(await screen.findByRole('option', { name: /^dba-team/ }));
    await user.click(within(dialog).getByLabelText('Assignee'));
    await waitFor(() =>
      expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
        'Dana Dba',
        'Ann Ops',
      ]),
    );
    await user.click(screen.getByRole('option', { name: 'Dana Dba' }));
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(itsmApi.bulkAssignIncidents).toHaveBeenCalledWith({
      items: [{ id: 'a', version: 2 }],
      assignmentGroup: 'group:default/dba-team',
      assignee: 'user:default/dana.dba',
    });
  });

  it('shows changes live: a shown incident as it is now, others as a refresh', async () => {
    const shown = anIncident({ id: 'a', ref: 'INC-1', version: 1 });
    const { itsmApi, render, signal } = setup([shown]);
    itsmApi.getIncident.mockResolvedValue({
      ...shown,
      version: 2,
      state: 'in_progress',
    });
    await render();
    await screen.findByText('INC-1');
    await signal({
      id: 'a',
      ref: 'INC-1',
      type: 'incident',
      version: 2,
      entityRefs: [],
    });
    expect(
      await within(screen.getByTestId('INC-1')).findByText('In progress'),
    ).toBeInTheDocument();
    await signal({
      id: 'z',
      ref: 'INC-9',
      type: 'incident',
      version: 1,
      entityRefs: [],
    });
    expect(
      await screen.findByText('Incidents changed since this queue was loaded.'),
    ).toBeInTheDocument();
  });

  it('does not offer a refresh for the incidents one has just assigned', async () => {
    const one = anIncident({ id: 'a', ref: 'INC-1', version: 3 });
    const { itsmApi, render, signal } = setup([one]);
    itsmApi.bulkAssignIncidents.mockResolvedValue({
      items: [{ id: 'a', status: 200 }],
    });
    await render();
    await screen.findByText('INC-1');
    // Assigned away, INC-1 leaves the queue.
    itsmApi.listIncidents.mockResolvedValue({ items: [] });
    await user.click(screen.getByRole('checkbox', { name: 'Select INC-1' }));
    await user.click(screen.getByRole('button', { name: 'Assign (1)' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Assignment group'));
    await user.click(await screen.findByRole('option', { name: /^dba-team/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    await screen.findByText('Assigned 1 incident(s)');
    const banner = 'Incidents changed since this queue was loaded.';
    await signal({ id: 'a', ref: 'INC-1', type: 'incident', version: 4 });
    await act(() => new Promise(resolve => setTimeout(resolve, 500)));
    expect(screen.queryByText(banner)).toBeNull();
    // Someone else's change still is news.
    await signal({ id: 'z', ref: 'INC-9', type: 'incident', version: 1 });
    expect(await screen.findByText(banner)).toBeInTheDocument();
  });

  it('narrows a queue by state and by group', async () => {
    const { itsmApi, render } = setup([anIncident()]);
    await render();
    await screen.findByText('INC-1');
    await user.click(screen.getByRole('button', { name: /State/ }));
    expect(
      await screen.findByRole('option', { name: 'As the queue' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'On hold' }));
    await waitFor(() =>
      expect(lastQuery(itsmApi)).toEqual(
        expect.objectContaining({ state: ['on_hold'], assignee: ['me'] }),
      ),
    );
    // The heading says what is listed: my work on hold.
    expect(await screen.findByText('My work · On hold')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Group'));
    await user.click(await screen.findByRole('option', { name: /^dba-team/ }));
    await waitFor(() =>
      expect(lastQuery(itsmApi)).toEqual(
        expect.objectContaining({
          assignmentGroup: ['group:default/dba-team'],
        }),
      ),
    );
  });
});
