import { screen, waitFor, within } from '@testing-library/react';
import { aResponseError, anIncident } from '../../testUtils/mockItsmApi';
import { chooseMove, movesOf } from '../__testUtils__/incidentRowMoves';
import {
  enter,
  row,
  setupEntityIncidents as setup,
  user,
} from './__testUtils__/setupEntityIncidents';

describe('EntityIncidentsContent', () => {
  describe('workflow actions', () => {
    const incidents = [
      anIncident({ id: 'n', ref: 'INC-3', state: 'new', version: 4 }),
      anIncident({ id: 'r', ref: 'INC-2', state: 'resolved' }),
      anIncident({ id: 'c', ref: 'INC-1', state: 'closed' }),
    ];

    const actions = (ref: string) => movesOf(row(ref));

    it('shows only the actions the workflow allows in each state, the next one first', async () => {
      const { render } = setup({ incidents });

      await render();
      await screen.findByText('INC-3');

      expect(await actions('INC-3')).toEqual([
        'Accept',
        'Start work',
        'Resolve',
        'Cancel',
      ]);
      expect(await actions('INC-2')).toEqual(['Confirm resolution', 'Reopen']);
      expect(await actions('INC-1')).toEqual([]);
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

      expect(await actions('INC-9')).toEqual([]);
      expect(await actions('INC-8')).toEqual([
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

      await chooseMove(row('INC-3'), 'Start work');

      expect(
        await within(row('INC-3')).findByText('In progress'),
      ).toBeInTheDocument();
      expect(itsmApi.transitionIncident).toHaveBeenCalledWith('n', {
        action: 'start',
        version: 4,
      });
      expect(await actions('INC-3')).toEqual([
        'Resolve',
        'Put on hold',
        'Cancel',
      ]);
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

      await chooseMove(row('INC-5'), 'Put on hold');
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

      await chooseMove(row('INC-3'), 'Resolve');
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

      await chooseMove(row('INC-2'), 'Reopen');

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

      await chooseMove(row('INC-3'), 'Start work');

      expect(
        await screen.findByText('Someone else changed INC-3; reloaded'),
      ).toBeInTheDocument();
      expect(itsmApi.getIncident).toHaveBeenCalledWith('n');
      expect(
        await within(row('INC-3')).findByText('In progress'),
      ).toBeInTheDocument();
      expect(await actions('INC-3')).toEqual([
        'Resolve',
        'Put on hold',
        'Cancel',
      ]);
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

      await chooseMove(row('INC-3'), 'Start work');

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

      await chooseMove(row('INC-3'), 'Start work');

      expect(
        await screen.findByText(
          'Start work INC-3 failed: Only workers may start',
        ),
      ).toBeInTheDocument();
    });
  });
});
