import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import {
  aResponseError,
  anIncident,
  mockItsmApi,
} from '../../testUtils/mockItsmApi';
import { EntityIncidentsContent } from './EntityIncidentsContent';

// No pause between simulated events.
const user = userEvent.setup({ delay: null });

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};
const entityRef = 'component:default/payments';

const uuid =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function setup(options: { incidents: Incident[]; nextCursor?: string }) {
  const itsmApi = mockItsmApi();
  itsmApi.listIncidents.mockImplementation(async () => ({
    items: options.incidents,
    nextCursor: options.nextCursor,
  }));
  // What the server counts: the given incidents in the asked states.
  itsmApi.countIncidents.mockImplementation(async query => {
    const counted = options.incidents.filter(i =>
      query?.state ? query.state.includes(i.state) : true,
    );
    const byPriority = { P1: 0, P2: 0, P3: 0, P4: 0 };
    counted.forEach(i => (byPriority[i.priority] += 1));
    return { total: counted.length, byPriority };
  });
  const render = () =>
    renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, itsmApi]]}>
        <EntityProvider entity={entity}>
          <EntityIncidentsContent />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
  return { itsmApi, render };
}

/** Enters text as a paste: typing key by key re-measures MUI's text areas. */
async function enter(textbox: HTMLElement, text: string) {
  await user.click(textbox);
  await user.paste(text);
}

/** Picks an option of the select that shows `current`. */
async function choose(dialog: HTMLElement, current: RegExp, option: RegExp) {
  await user.click(within(dialog).getByRole('button', { name: current }));
  await user.click(await screen.findByRole('option', { name: option }));
}

function row(ref: string) {
  return screen.getByTestId(ref);
}

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
    expect(row('INC-12')).toHaveTextContent(/payments-team.*\(L2\)/);
    expect(row('INC-11')).toHaveTextContent('Unassigned');
    expect(
      within(row('INC-12')).getByText('P1 - Critical'),
    ).toBeInTheDocument();
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

  describe('reporting an incident', () => {
    async function fillForm() {
      await user.click(
        await screen.findByRole('button', { name: 'Report incident' }),
      );
      const dialog = await screen.findByRole('dialog');
      expect(
        within(dialog).getByRole('textbox', { name: 'Affected entity' }),
      ).toHaveValue(entityRef);
      await enter(
        within(dialog).getByRole('textbox', { name: /^Title/ }),
        'Payments down',
      );
      await enter(
        within(dialog).getByRole('textbox', { name: /^Description/ }),
        'Every card payment fails since 10:00',
      );
      // The priority follows impact and urgency through the matrix.
      expect(
        within(dialog).getByText(/Priority: P3 - Moderate/),
      ).toBeInTheDocument();
      await choose(dialog, /^Category Other/, /^Software failure/);
      await choose(dialog, /^Impact Medium/, /^High: a business/);
      await choose(dialog, /^Urgency Medium/, /^High: must be/);
      expect(
        within(dialog).getByText(/Priority: P1 - Critical/),
      ).toBeInTheDocument();
      return dialog;
    }

    it('posts the form for this entity with an idempotency key, and shows the new incident first', async () => {
      const { itsmApi, render } = setup({
        incidents: [anIncident({ id: 'old', ref: 'INC-1' })],
      });
      await render();
      await screen.findByText('INC-1');
      itsmApi.createIncident.mockResolvedValue(
        anIncident({
          id: 'new',
          ref: 'INC-2',
          title: 'Payments down',
          priority: 'P1',
        }),
      );

      const dialog = await fillForm();
      await user.click(
        within(dialog).getByRole('button', { name: 'Report incident' }),
      );

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(itsmApi.createIncident).toHaveBeenCalledTimes(1);
      expect(itsmApi.createIncident).toHaveBeenCalledWith(
        {
          title: 'Payments down',
          description: 'Every card payment fails since 10:00',
          category: 'software',
          impact: 'high',
          urgency: 'high',
          entityRefs: [entityRef],
        },
        { idempotencyKey: expect.stringMatching(uuid) },
      );
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows[0]).toHaveTextContent('INC-2');
      expect(rows[0]).toHaveTextContent('Payments down');
      expect(rows[1]).toHaveTextContent('INC-1');
    });

    it("shows the server's validation error and retries with the same key", async () => {
      const { itsmApi, render } = setup({ incidents: [] });
      await render();
      itsmApi.createIncident.mockRejectedValueOnce(
        await aResponseError(
          400,
          'InputError',
          'request/body/title must NOT have more than 200 characters',
        ),
      );

      const dialog = await fillForm();
      await user.click(
        within(dialog).getByRole('button', { name: 'Report incident' }),
      );

      expect(
        await within(dialog).findByText(
          'request/body/title must NOT have more than 200 characters',
        ),
      ).toBeInTheDocument();
      expect(screen.getByRole('dialog')).toBeInTheDocument();

      itsmApi.createIncident.mockResolvedValueOnce(anIncident());
      await user.click(
        within(dialog).getByRole('button', { name: 'Report incident' }),
      );
      await waitFor(() =>
        expect(itsmApi.createIncident).toHaveBeenCalledTimes(2),
      );
      const [first, second] = itsmApi.createIncident.mock.calls;
      expect(second[1]).toEqual(first[1]);
    });

    it('reports one incident however often the button is clicked', async () => {
      const { itsmApi, render } = setup({ incidents: [] });
      await render();
      let answer: (incident: Incident) => void = () => {};
      itsmApi.createIncident.mockReturnValue(
        new Promise(resolve => {
          answer = resolve;
        }),
      );

      const dialog = await fillForm();
      const submit = within(dialog).getByRole('button', {
        name: 'Report incident',
      });
      await user.dblClick(submit);
      expect(submit).toBeDisabled();
      answer(anIncident({ ref: 'INC-9', title: 'Payments down' }));

      expect(await screen.findByText('INC-9')).toBeInTheDocument();
      expect(itsmApi.createIncident).toHaveBeenCalledTimes(1);
    });

    it('asks for a title and a description before posting', async () => {
      const { itsmApi, render } = setup({ incidents: [] });
      await render();

      await user.click(
        await screen.findByRole('button', { name: 'Report incident' }),
      );
      const dialog = await screen.findByRole('dialog');
      await user.click(
        within(dialog).getByRole('button', { name: 'Report incident' }),
      );

      expect(
        within(dialog).getByText('A title is required'),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText('A description is required'),
      ).toBeInTheDocument();
      expect(itsmApi.createIncident).not.toHaveBeenCalled();
    });

    it('uses a new key for each opening of the dialog', async () => {
      const { itsmApi, render } = setup({ incidents: [] });
      await render();
      itsmApi.createIncident.mockImplementation(async body =>
        anIncident({ id: body.title, ref: body.title, title: body.title }),
      );

      for (const title of ['INC-1', 'INC-2']) {
        await user.click(
          await screen.findByRole('button', { name: 'Report incident' }),
        );
        const dialog = await screen.findByRole('dialog');
        await enter(
          within(dialog).getByRole('textbox', { name: /^Title/ }),
          title,
        );
        await enter(
          within(dialog).getByRole('textbox', { name: /^Description/ }),
          'Broken',
        );
        await user.click(
          within(dialog).getByRole('button', { name: 'Report incident' }),
        );
        await waitFor(() =>
          expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
        );
      }

      const [first, second] = itsmApi.createIncident.mock.calls;
      expect(first[1]?.idempotencyKey).toMatch(uuid);
      expect(second[1]?.idempotencyKey).toMatch(uuid);
      expect(second[1]?.idempotencyKey).not.toBe(first[1]?.idempotencyKey);
    });
  });

  describe('workflow actions', () => {
    const incidents = [
      anIncident({ id: 'n', ref: 'INC-3', state: 'new', version: 4 }),
      anIncident({ id: 'r', ref: 'INC-2', state: 'resolved' }),
      anIncident({ id: 'c', ref: 'INC-1', state: 'closed' }),
    ];

    function actions(ref: string) {
      return within(row(ref))
        .queryAllByRole('button')
        .map(b => b.textContent);
    }

    it('shows only the actions the workflow allows in each state', async () => {
      const { render } = setup({ incidents });

      await render();
      await screen.findByText('INC-3');

      expect(actions('INC-3')).toEqual([
        'Accept',
        'Start work',
        'Resolve',
        'Cancel',
      ]);
      expect(actions('INC-2')).toEqual(['Reopen', 'Confirm resolution']);
      expect(actions('INC-1')).toEqual([]);
    });

    it('shows no actions on incidents the caller may not work', async () => {
      const { render } = setup({
        incidents: [
          anIncident({
            id: 'x',
            ref: 'INC-9',
            state: 'new',
            allowed: {
              update: false,
              comment: false,
              workNote: false,
              respond: false,
            },
          }),
          anIncident({
            id: 'y',
            ref: 'INC-8',
            state: 'new',
            allowed: {
              update: true,
              comment: true,
              workNote: true,
              respond: false,
            },
          }),
        ],
      });

      await render();
      await screen.findByText('INC-9');

      expect(actions('INC-9')).toEqual([]);
      expect(actions('INC-8')).toEqual([
        'Accept',
        'Start work',
        'Resolve',
        'Cancel',
      ]);
    });

    it('moves an incident, sending the version it is based on', async () => {
      const { itsmApi, render } = setup({ incidents });
      await render();
      await screen.findByText('INC-3');
      itsmApi.transitionIncident.mockResolvedValue({
        ...incidents[0],
        state: 'in_progress',
        version: 5,
      });

      await user.click(
        within(row('INC-3')).getByRole('button', { name: 'Start work' }),
      );

      expect(
        await within(row('INC-3')).findByText('In progress'),
      ).toBeInTheDocument();
      expect(itsmApi.transitionIncident).toHaveBeenCalledWith('n', {
        action: 'start',
        version: 4,
      });
      expect(actions('INC-3')).toEqual(['Put on hold', 'Resolve', 'Cancel']);
    });

    it('puts an incident on hold with a reason chosen from the workflow table', async () => {
      const working = anIncident({
        id: 'w',
        ref: 'INC-5',
        state: 'in_progress',
        version: 2,
      });
      const { itsmApi, render } = setup({ incidents: [working] });
      await render();
      await screen.findByText('INC-5');
      itsmApi.transitionIncident.mockResolvedValue({
        ...working,
        state: 'on_hold',
        version: 3,
      });

      await user.click(
        within(row('INC-5')).getByRole('button', { name: 'Put on hold' }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: 'Put on hold INC-5',
      });
      await user.click(
        within(dialog).getByRole('button', { name: /^Hold reason/ }),
      );
      await user.click(
        await screen.findByRole('option', { name: 'Waiting for a vendor' }),
      );
      await user.click(
        within(dialog).getByRole('button', { name: 'Put on hold' }),
      );

      await waitFor(() =>
        expect(itsmApi.transitionIncident).toHaveBeenCalledWith('w', {
          action: 'hold',
          version: 2,
          holdReason: 'vendor',
        }),
      );
      expect(
        await within(row('INC-5')).findByText('On hold'),
      ).toBeInTheDocument();
    });

    it('asks for the resolution before resolving', async () => {
      const { itsmApi, render } = setup({ incidents });
      await render();
      await screen.findByText('INC-3');
      itsmApi.transitionIncident.mockResolvedValue({
        ...incidents[0],
        state: 'resolved',
        version: 5,
      });

      await user.click(
        within(row('INC-3')).getByRole('button', { name: 'Resolve' }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: 'Resolve INC-3',
      });
      const submit = within(dialog).getByRole('button', { name: 'Resolve' });
      expect(submit).toBeDisabled();
      await enter(
        within(dialog).getByRole('textbox', { name: /^Resolution/ }),
        'Restarted the pods',
      );
      await enter(
        within(dialog).getByRole('textbox', { name: /^Cause/ }),
        'A memory leak in 1.4.2',
      );
      expect(submit).toBeDisabled();
      await enter(
        within(dialog).getByRole('textbox', { name: /^Verification/ }),
        'Checkout works again',
      );
      await user.click(submit);

      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(itsmApi.transitionIncident).toHaveBeenCalledWith('n', {
        action: 'resolve',
        version: 4,
        resolution: 'Restarted the pods',
        cause: 'A memory leak in 1.4.2',
        verification: 'Checkout works again',
      });
      expect(within(row('INC-3')).getByText('Resolved')).toBeInTheDocument();
    });

    it('asks for a reason before reopening', async () => {
      const { render } = setup({ incidents });
      await render();
      await screen.findByText('INC-2');

      await user.click(
        within(row('INC-2')).getByRole('button', { name: 'Reopen' }),
      );

      const dialog = await screen.findByRole('dialog', {
        name: 'Reopen INC-2',
      });
      expect(
        within(dialog).getByRole('textbox', { name: /^Reason/ }),
      ).toBeInTheDocument();
    });

    it('reloads the incident when someone else changed it first', async () => {
      const { itsmApi, render } = setup({ incidents });
      await render();
      await screen.findByText('INC-3');
      itsmApi.transitionIncident.mockRejectedValue(
        await aResponseError(409, 'ConflictError', 'version 4 is stale', {
          current: { ...incidents[0], version: 5 },
        }),
      );
      itsmApi.getIncident.mockResolvedValue({
        ...incidents[0],
        state: 'in_progress',
        version: 5,
      });

      await user.click(
        within(row('INC-3')).getByRole('button', { name: 'Start work' }),
      );

      expect(
        await screen.findByText('Someone else changed INC-3; reloaded'),
      ).toBeInTheDocument();
      expect(itsmApi.getIncident).toHaveBeenCalledWith('n');
      expect(
        await within(row('INC-3')).findByText('In progress'),
      ).toBeInTheDocument();
      expect(actions('INC-3')).toEqual(['Put on hold', 'Resolve', 'Cancel']);
    });

    it('shows why a move the state forbids was refused (409 without a newer record), without reloading', async () => {
      const { itsmApi, render } = setup({ incidents });
      await render();
      await screen.findByText('INC-3');
      itsmApi.transitionIncident.mockRejectedValue(
        await aResponseError(
          409,
          'ConflictError',
          'Cannot start a record that is Closed; no action is possible from here',
        ),
      );

      await user.click(
        within(row('INC-3')).getByRole('button', { name: 'Start work' }),
      );

      expect(
        await screen.findByText(/Cannot start a record that is Closed/),
      ).toBeInTheDocument();
      expect(itsmApi.getIncident).not.toHaveBeenCalled();
    });

    it("shows the server's message when a move fails otherwise", async () => {
      const { itsmApi, render } = setup({ incidents });
      await render();
      await screen.findByText('INC-3');
      itsmApi.transitionIncident.mockRejectedValue(
        await aResponseError(403, 'NotAllowedError', 'Only workers may start'),
      );

      await user.click(
        within(row('INC-3')).getByRole('button', { name: 'Start work' }),
      );

      expect(
        await screen.findByText(
          'Start work INC-3 failed: Only workers may start',
        ),
      ).toBeInTheDocument();
    });
  });
});
