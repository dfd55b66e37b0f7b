import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ChangeForm } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import {
  aChange,
  aResponseError,
  mockItsmApi,
} from '../../testUtils/mockItsmApi';
import { defaultWindow } from './changeFormValues';
import { RequestChangeDialog } from './RequestChangeDialog';

const user = userEvent.setup({ delay: null });

const DOWNTIME = 'Does it need downtime?';
const REACH = 'How many services depend on it?';

const changeForm: ChangeForm = {
  riskQuestionnaire: {
    questions: [
      { id: 'downtime', text: DOWNTIME, weight: 3 },
      {
        id: 'reach',
        text: REACH,
        options: [
          { value: 'none', label: 'None', weight: 0 },
          { value: 'many', label: 'Many', weight: 5 },
        ],
      },
    ],
    thresholds: { medium: 3, high: 8 },
  },
  standardChanges: [
    {
      id: 'cert-renewal',
      title: 'Renew a TLS certificate',
      description: 'Replace a certificate before it expires',
      changeType: 'system',
      plan: [{ title: 'Install the new certificate' }],
      backoutPlan: 'Reinstall the old certificate',
      testPlan: 'Check the expiry date the endpoint serves',
    },
  ],
};

async function render(entityRef?: string) {
  const itsmApi = mockItsmApi();
  itsmApi.getChangeForm.mockResolvedValue(changeForm);
  const onCreated = jest.fn();
  const onClose = jest.fn();
  const catalogApi = catalogApiMock({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'platform-team',
          namespace: 'default',
          title: 'Platform Team',
        },
        spec: { type: 'team', children: [] },
      },
    ],
  });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, itsmApi],
        [catalogApiRef, catalogApi],
      ]}
    >
      <RequestChangeDialog
        open
        entityRef={entityRef}
        onClose={onClose}
        onCreated={onCreated}
      />
    </TestApiProvider>,
  );
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByLabelText(/^Title/);
  return { itsmApi, onCreated, onClose, dialog };
}

/** Enters text as a paste: typing key by key re-measures MUI's text areas. */
async function enter(field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Picks an option of the select labelled `label`. */
async function choose(dialog: HTMLElement, label: RegExp, option: string) {
  await user.click(within(dialog).getByRole('button', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function answer(dialog: HTMLElement, question: string, choice: string) {
  const group = within(dialog).getByRole('radiogroup', { name: question });
  await user.click(within(group).getByLabelText(choice));
}

/** Fills every field of a normal change but the title. */
async function fillNormalChangeButTitle(dialog: HTMLElement) {
  const field = (label: RegExp) => within(dialog).getByLabelText(label);
  await enter(field(/^Description/), 'Move checkout to the Node 22 image');
  await enter(field(/^Reason/), 'Node 20 leaves support');
  fireEvent.change(field(/^Window start/), {
    target: { value: '2026-12-02T20:00' },
  });
  fireEvent.change(field(/^Window end/), {
    target: { value: '2026-12-02T22:30' },
  });
  await enter(field(/^Step 1/), 'Deploy the new image');
  await enter(field(/^Backout plan/), 'Redeploy the previous tag');
  await enter(field(/^Test plan/), 'Run the checkout smoke test');
  await answer(dialog, DOWNTIME, 'Yes');
  await answer(dialog, REACH, 'None');
}

const submit = (dialog: HTMLElement) =>
  user.click(within(dialog).getByRole('button', { name: 'Request change' }));

describe('RequestChangeDialog', () => {
  it('requests a normal change with its type, window, plan and risk answers', async () => {
    const { itsmApi, onCreated, dialog } = await render(
      'component:default/payments',
    );
    const created = aChange();
    itsmApi.createChange.mockResolvedValue(created);

    await enter(within(dialog).getByLabelText(/^Title/), 'Upgrade to Node 22');
    await fillNormalChangeButTitle(dialog);
    await choose(dialog, /^Change type/, 'Business (needs or processes)');
    await user.click(within(dialog).getByRole('button', { name: 'Add step' }));
    await enter(
      within(dialog).getByLabelText(/^Step 2/),
      'Drain traffic from one zone',
    );
    await user.click(within(dialog).getByLabelText('Owner of step 2'));
    await user.click(
      // A picker offers people and groups by name.
      await screen.findByRole('option', { name: /^Platform Team/ }),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Move step 2 up' }),
    );
    await submit(dialog);

    expect(itsmApi.createChange).toHaveBeenCalledTimes(1);
    expect(itsmApi.createChange).toHaveBeenCalledWith(
      {
        title: 'Upgrade to Node 22',
        description: 'Move checkout to the Node 22 image',
        entityRefs: ['component:default/payments'],
        model: 'normal',
        changeType: 'business',
        reason: 'Node 20 leaves support',
        window: {
          start: new Date('2026-12-02T20:00').toISOString(),
          end: new Date('2026-12-02T22:30').toISOString(),
        },
        plan: [
          {
            title: 'Drain traffic from one zone',
            owner: 'group:default/platform-team',
          },
          { title: 'Deploy the new image' },
        ],
        backoutPlan: 'Redeploy the previous tag',
        testPlan: 'Run the checkout smoke test',
        risk: { answers: { downtime: 'yes', reach: 'none' } },
      },
      { idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    );
    expect(onCreated).toHaveBeenCalledWith(created);
  });

  it('offers a window from the next full hour a day ahead, two hours long', async () => {
    const { dialog } = await render('component:default/payments');
    const start = within(dialog).getByLabelText(/^Window start/);
    const end = within(dialog).getByLabelText(/^Window end/);
    const { start: expectedStart, end: expectedEnd } = defaultWindow();
    expect(start).toHaveValue(expectedStart);
    expect(end).toHaveValue(expectedEnd);
    expect(expectedStart).toMatch(/T\d\d:00$/);
    const hour = 60 * 60 * 1000;
    // A day and up to an hour ahead (give or take an hour of summer time).
    const ahead = (Date.parse(expectedStart) - Date.now()) / hour;
    expect(ahead).toBeGreaterThan(23);
    expect(ahead).toBeLessThanOrEqual(26);
    expect((Date.parse(expectedEnd) - Date.parse(expectedStart)) / hour).toBe(
      2,
    );
  });

  it('shows the risk level as the questions are answered', async () => {
    const { dialog } = await render('component:default/payments');
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('answer every question');
    await answer(dialog, DOWNTIME, 'Yes');
    await answer(dialog, REACH, 'None');
    expect(status).toHaveTextContent('Risk: Medium (score 3)');
    await answer(dialog, REACH, 'Many');
    expect(status).toHaveTextContent('Risk: High (score 8)');
    await answer(dialog, DOWNTIME, 'No');
    expect(status).toHaveTextContent('Risk: Medium (score 5)');

    expect(within(dialog).queryByLabelText(/^Why the risk is lower/)).toBe(
      null,
    );
    await choose(dialog, /^Stated risk/, 'Low');
    expect(
      within(dialog).getByLabelText(/^Why the risk is lower/),
    ).toBeInTheDocument();
    await choose(dialog, /^Stated risk/, 'High');
    expect(status).toHaveTextContent(
      'Risk: High (score 5; the questionnaire gives Medium)',
    );
  });

  it('makes an emergency change of type emergency by default', async () => {
    const { dialog } = await render('component:default/payments');
    await choose(dialog, /^Model/, 'Emergency');
    expect(
      within(dialog).getByRole('button', { name: /^Change type/ }),
    ).toHaveTextContent('Emergency (failure or vulnerability)');
  });

  it('requests a standard change with its template and no risk', async () => {
    const { itsmApi, onCreated, dialog } = await render(
      'component:default/payments',
    );
    const created = aChange({ model: 'standard' });
    itsmApi.createChange.mockResolvedValue(created);

    await choose(dialog, /^Model/, 'Standard (pre-approved)');
    expect(within(dialog).queryByRole('button', { name: /^Change type/ })).toBe(
      null,
    );
    await choose(dialog, /^Standard change/, 'Renew a TLS certificate');
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue(
      'Renew a TLS certificate',
    );
    expect(within(dialog).getByLabelText(/^Backout plan/)).toHaveValue(
      'Reinstall the old certificate',
    );
    expect(
      within(dialog).getByText('Install the new certificate'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('radiogroup')).toBe(null);
    fireEvent.change(within(dialog).getByLabelText(/^Window start/), {
      target: { value: '2026-12-03T06:00' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Window end/), {
      target: { value: '2026-12-03T07:00' },
    });
    await submit(dialog);

    expect(itsmApi.createChange).toHaveBeenCalledWith(
      {
        title: 'Renew a TLS certificate',
        description: 'Replace a certificate before it expires',
        entityRefs: ['component:default/payments'],
        model: 'standard',
        template: 'cert-renewal',
        window: {
          start: new Date('2026-12-03T06:00').toISOString(),
          end: new Date('2026-12-03T07:00').toISOString(),
        },
      },
      { idempotencyKey: expect.any(String) },
    );
    expect(onCreated).toHaveBeenCalledWith(created);
  });

  it("shows the server's refusal and stays open", async () => {
    const { itsmApi, onCreated, onClose, dialog } = await render(
      'component:default/payments',
    );
    itsmApi.createChange.mockRejectedValue(
      await aResponseError(
        400,
        'InputError',
        'plan[0].owner is not a known user or group',
      ),
    );
    await enter(within(dialog).getByLabelText(/^Title/), 'Upgrade to Node 22');
    await fillNormalChangeButTitle(dialog);
    await submit(dialog);

    expect(
      await within(dialog).findByText(
        'plan[0].owner is not a known user or group',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('refuses to send while a required field is empty', async () => {
    const { itsmApi, dialog } = await render('component:default/payments');
    itsmApi.createChange.mockResolvedValue(aChange());
    await fillNormalChangeButTitle(dialog);
    await submit(dialog);
    expect(itsmApi.createChange).not.toHaveBeenCalled();
    expect(within(dialog).getByText('A title is required')).toBeInTheDocument();

    await enter(within(dialog).getByLabelText(/^Title/), 'Upgrade to Node 22');
    await user.clear(within(dialog).getByLabelText(/^Step 1/));
    await submit(dialog);
    expect(itsmApi.createChange).not.toHaveBeenCalled();
    expect(
      within(dialog).getByText('A step needs a title'),
    ).toBeInTheDocument();

    await enter(within(dialog).getByLabelText(/^Step 1/), 'Deploy');
    await submit(dialog);
    expect(itsmApi.createChange).toHaveBeenCalledTimes(1);
  });

  it('asks for a reason when the stated risk is lower', async () => {
    const { itsmApi, dialog } = await render('component:default/payments');
    await enter(within(dialog).getByLabelText(/^Title/), 'Upgrade to Node 22');
    await fillNormalChangeButTitle(dialog);
    // Picking a stated risk lower than the questionnaire's needs a reason.
    await choose(dialog, /^Stated risk/, 'Low');
    await submit(dialog);
    expect(itsmApi.createChange).not.toHaveBeenCalled();
    expect(
      within(dialog).getByText(
        'Say why the risk is lower than the questionnaire gives',
      ),
    ).toBeInTheDocument();
  });

  it('shows why the change form could not be loaded', async () => {
    const itsmApi = mockItsmApi();
    itsmApi.getChangeForm.mockRejectedValue(new Error('Service unavailable'));
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [itsmApiRef, itsmApi],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <RequestChangeDialog open onClose={jest.fn()} onCreated={jest.fn()} />
      </TestApiProvider>,
    );
    expect(await screen.findByText('Service unavailable')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Request change' }),
    ).toBeDisabled();
  });
});
