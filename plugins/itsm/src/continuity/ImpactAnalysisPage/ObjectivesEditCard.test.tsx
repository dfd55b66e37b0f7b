import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { BusinessImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { aResponseError, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ObjectivesEditCard } from './ObjectivesEditCard';

const analysis = (
  over: Partial<BusinessImpactAnalysis> = {},
): BusinessImpactAnalysis => ({
  id: 'id-1',
  ref: 'BIA-1',
  type: 'impact-analysis',
  version: 3,
  state: 'draft',
  title: 'Checkout',
  description: '',
  priority: 'P3',
  entityRefs: ['component:default/checkout-service'],
  createdBy: 'user:default/carla.continuity',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  allowed: { update: true, comment: true, workNote: true, respond: true },
  businessProcesses: ['Card payments'],
  impactIntervals: [60, 240, 1440],
  impacts: [{ category: 'customers', afterMinutes: 240, rating: 4 }],
  mtpdMinutes: 240,
  rtoMinutes: 120,
  ...over,
});

async function render(record: BusinessImpactAnalysis, api = mockItsmApi()) {
  const onChanged = jest.fn();
  const onReload = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ObjectivesEditCard
        record={record}
        onChanged={onChanged}
        onReload={onReload}
      />
    </TestApiProvider>,
  );
  return { api, onChanged, onReload };
}

describe('ObjectivesEditCard', () => {
  it('refuses an RTO above the MTPD before sending, naming the limit', async () => {
    const { api } = await render(analysis());
    fireEvent.change(screen.getByLabelText('RTO (minutes)'), {
      target: { value: '300' },
    });
    expect(
      screen.getByText(/^RTO: at most the MTPD, 4 h \(240 min\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Save objectives' }),
    ).toBeDisabled();
    fireEvent.change(screen.getByLabelText('RTO (minutes)'), {
      target: { value: 'soon' },
    });
    expect(
      screen.getByText('RTO: write it in whole minutes'),
    ).toBeInTheDocument();
    expect(api.updateContinuityRecord).not.toHaveBeenCalled();
  });

  it('saves the business processes, RTO and RPO on the version read; a blank RPO clears it', async () => {
    const api = mockItsmApi();
    api.updateContinuityRecord.mockResolvedValue(analysis({ version: 4 }));
    const { onChanged } = await render(analysis({ rpoMinutes: 15 }), api);
    fireEvent.change(
      screen.getByLabelText('Business processes served (one a line)'),
      { target: { value: 'Card payments\n\n Refunds ' } },
    );
    fireEvent.change(screen.getByLabelText('RTO (minutes)'), {
      target: { value: '240' },
    });
    fireEvent.change(screen.getByLabelText('RPO (minutes)'), {
      target: { value: '' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save objectives' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(api.updateContinuityRecord).toHaveBeenCalledWith(
      'impact-analysis',
      'BIA-1',
      {
        version: 3,
        businessProcesses: ['Card payments', 'Refunds'],
        rtoMinutes: 240,
        rpoMinutes: null,
      },
    );
  });

  it('shows the server’s refusal, and reloads on a conflict', async () => {
    const api = mockItsmApi();
    api.updateContinuityRecord
      .mockRejectedValueOnce(
        await aResponseError(
          400,
          'InputError',
          'rpoMinutes must be at most 2147483647',
        ),
      )
      .mockRejectedValueOnce(
        await aResponseError(409, 'ConflictError', 'BIA-1 was changed', {
          current: analysis({ version: 4 }),
        }),
      );
    const { onReload } = await render(analysis(), api);
    fireEvent.click(screen.getByRole('button', { name: 'Save objectives' }));
    expect(
      await screen.findByText('rpoMinutes must be at most 2147483647'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save objectives' }));
    expect(
      await screen.findByText(/Someone changed the analysis/),
    ).toBeInTheDocument();
    expect(onReload).toHaveBeenCalled();
  });

  it('is not offered once the analysis has left its draft', async () => {
    await render(analysis({ state: 'approved' }));
    expect(
      screen.queryByRole('button', { name: 'Save objectives' }),
    ).not.toBeInTheDocument();
  });
});
