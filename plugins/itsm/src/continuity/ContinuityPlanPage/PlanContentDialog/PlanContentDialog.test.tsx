import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ContinuityPlan } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../../api/ItsmApi';
import { aResponseError, mockItsmApi } from '../../../testUtils/mockItsmApi';
import { PlanContentDialog } from './PlanContentDialog';

const plan = {
  id: 'cp-1',
  ref: 'CP-1',
  type: 'continuity-plan',
  version: 4,
  state: 'draft',
  title: 'Payments continuity plan',
  description: '',
  priority: 'P3',
  entityRefs: [
    'component:default/checkout-service',
    'component:default/ledger-service',
  ],
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
      dueDate: '2027-01-31',
    },
  ],
  procedure: [
    {
      id: 's1',
      title: 'Declare',
      role: 'Incident manager',
      expectedMinutes: 10,
    },
    {
      id: 's2',
      title: 'Fail over payments-db',
      role: 'group:default/payments-team',
      expectedMinutes: 30,
      runbookUrl: 'https://runbooks.example.com/failover',
    },
  ],
  activation: { text: 'Checkout down', majorIncident: true },
  resources: { entityRefs: [], items: [] },
  contacts: { refs: [], others: [] },
  schedule: [],
} as unknown as ContinuityPlan;

async function renderDialog(api = mockItsmApi()) {
  const callbacks = {
    onClose: jest.fn(),
    onChanged: jest.fn(),
    onReload: jest.fn(),
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: [] })],
      ]}
    >
      <PlanContentDialog plan={plan} {...callbacks} />
    </TestApiProvider>,
  );
  return callbacks;
}

describe('the plan content dialog', () => {
  it('reorders the procedure, changes a step, adds a quarterly drill and sends the whole content on the version read', async () => {
    const api = mockItsmApi();
    api.updateContinuityPlanContent.mockResolvedValue({ ...plan, version: 5 });
    const { onChanged, onClose } = await renderDialog(api);

    fireEvent.click(
      screen.getByRole('button', { name: 'Move up: Fail over payments-db' }),
    );
    const first = screen.getByTestId('edit-step-0');
    expect(within(first).getByLabelText('Step 1')).toHaveValue(
      'Fail over payments-db',
    );
    fireEvent.change(within(first).getByLabelText('Minutes'), {
      target: { value: '45' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add step' }));
    fireEvent.change(screen.getByLabelText('Step 3'), {
      target: { value: 'Tell the bank' },
    });
    fireEvent.change(
      within(screen.getByTestId('edit-step-2')).getByLabelText('Role'),
      { target: { value: 'Liaison' } },
    );
    fireEvent.change(
      within(screen.getByTestId('edit-step-2')).getByLabelText('Minutes'),
      { target: { value: '5' } },
    );

    fireEvent.click(screen.getByRole('button', { name: 'Add drill' }));
    fireEvent.change(screen.getByLabelText('Drill 1'), {
      target: { value: 'Failover tabletop' },
    });
    fireEvent.mouseDown(
      within(screen.getByTestId('edit-drill-0')).getByLabelText('Repeats'),
    );
    fireEvent.click(await screen.findByRole('option', { name: 'Quarterly' }));
    fireEvent.change(screen.getByLabelText('First (UTC)'), {
      target: { value: '2027-03-01T09:00' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [ref, body] = api.updateContinuityPlanContent.mock.calls[0];
    expect(ref).toBe('CP-1');
    expect(body.version).toBe(4);
    expect(body.procedure).toEqual([
      {
        id: 's2',
        title: 'Fail over payments-db',
        role: 'group:default/payments-team',
        expectedMinutes: 45,
        runbookUrl: 'https://runbooks.example.com/failover',
      },
      {
        id: 's1',
        title: 'Declare',
        role: 'Incident manager',
        expectedMinutes: 10,
      },
      { title: 'Tell the bank', role: 'Liaison', expectedMinutes: 5 },
    ]);
    expect(body.schedule).toEqual([
      {
        title: 'Failover tabletop',
        rrule: 'FREQ=MONTHLY;INTERVAL=3',
        start: '2027-03-01T09:00:00Z',
      },
    ]);
    expect(body.measures).toEqual([
      expect.objectContaining({ id: 'm1', title: 'Replicate payments-db' }),
    ]);
    // The covered services did not change: no second request.
    expect(api.updateContinuityRecord).not.toHaveBeenCalled();
    expect(onChanged).toHaveBeenCalledWith({ ...plan, version: 5 });
  });

  it('sends a change of the covered services on the version the content left', async () => {
    const api = mockItsmApi();
    api.updateContinuityPlanContent.mockResolvedValue({ ...plan, version: 5 });
    api.updateContinuityRecord.mockResolvedValue({ ...plan, version: 6 });
    const { onChanged } = await renderDialog(api);
    const chip = (await screen.findAllByRole('button')).find(b =>
      b.textContent?.includes('ledger-service'),
    )!;
    fireEvent.click(chip.querySelector('.MuiChip-deleteIcon')!);
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(api.updateContinuityRecord).toHaveBeenCalledWith(
      'continuity-plan',
      'CP-1',
      { version: 5, entityRefs: ['component:default/checkout-service'] },
    );
    expect(onChanged).toHaveBeenLastCalledWith({ ...plan, version: 6 });
  });

  it('shows a refusal naming the part of the form, and stays open', async () => {
    const api = mockItsmApi();
    api.updateContinuityPlanContent.mockRejectedValue(
      await aResponseError(
        400,
        'InputError',
        'procedure[1].runbookUrl must be an http(s) URL',
      ),
    );
    const { onClose } = await renderDialog(api);
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(
      await screen.findByText(
        'Procedure, row 2: procedure[1].runbookUrl must be an http(s) URL',
      ),
    ).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('reloads the plan when someone else changed it, keeping the edits', async () => {
    const api = mockItsmApi();
    api.updateContinuityPlanContent.mockRejectedValue(
      await aResponseError(409, 'ConflictError', 'CP-1 was changed', {
        current: { ...plan, version: 5 },
      }),
    );
    const { onReload, onClose } = await renderDialog(api);
    fireEvent.change(screen.getByLabelText('Step 1'), {
      target: { value: 'Declare the disaster' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(
      await screen.findByText(/Someone changed the plan since you opened it/),
    ).toBeInTheDocument();
    expect(onReload).toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Step 1')).toHaveValue('Declare the disaster');
  });
});
