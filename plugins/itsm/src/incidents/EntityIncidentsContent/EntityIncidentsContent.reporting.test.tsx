import { screen, waitFor, within } from '@testing-library/react';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { aResponseError, anIncident } from '../../testUtils/mockItsmApi';
import {
  enter,
  entityRef,
  setupEntityIncidents as setup,
  user,
} from './__testUtils__/setupEntityIncidents';

const uuid =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Picks an option of the select that shows `current`. */
async function choose(dialog: HTMLElement, current: RegExp, option: RegExp) {
  await user.click(within(dialog).getByRole('button', { name: current }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('EntityIncidentsContent', () => {
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
      await choose(dialog, /^Category Other/, /^Software failure/);
      // Impact and urgency are asked in plain words; the priority follows
      // through the matrix once both are answered.
      await user.click(
        within(dialog).getByRole('radio', {
          name: 'Everyone, or our customers',
        }),
      );
      expect(within(dialog).queryByText(/We will treat it as/)).toBeNull();
      await user.click(
        within(dialog).getByRole('radio', { name: "No, I'm blocked" }),
      );
      expect(
        within(dialog).getByText(/We will treat it as P1 - Critical/),
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

    it('asks for a title, a description and the answers to both questions before posting', async () => {
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
      expect(
        within(dialog).getAllByText('Please answer this question'),
      ).toHaveLength(2);
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
          within(dialog).getByRole('radio', { name: 'Just me' }),
        );
        await user.click(
          within(dialog).getByRole('radio', {
            name: /^Yes, it's an annoyance/,
          }),
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
});
