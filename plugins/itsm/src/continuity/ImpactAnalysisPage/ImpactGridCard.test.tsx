import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { BusinessImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ImpactGridCard } from './ImpactGridCard';

const analysis = (
  over: Partial<BusinessImpactAnalysis> = {},
): BusinessImpactAnalysis => ({
  id: 'id-1',
  ref: 'BIA-1',
  type: 'impact-analysis',
  version: 3,
  state: 'approved',
  title: 'Checkout',
  description: '',
  priority: 'P3',
  entityRefs: ['component:default/checkout-service'],
  createdBy: 'user:default/carla.continuity',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  businessProcesses: ['Card payments'],
  impactIntervals: [60, 240, 1440],
  impacts: [
    { category: 'financial', afterMinutes: 60, rating: 2 },
    { category: 'customers', afterMinutes: 240, rating: 4 },
  ],
  mtpdMinutes: 240,
  ...over,
});

async function render(record: BusinessImpactAnalysis) {
  const api = mockItsmApi();
  const onChanged = jest.fn();
  api.updateContinuityRecord.mockResolvedValue(record as never);
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ImpactGridCard record={record} onChanged={onChanged} />
    </TestApiProvider>,
  );
  return { api, onChanged };
}

describe('ImpactGridCard', () => {
  it('shows each rating in words at its point and the MTPD that follows', async () => {
    await render(analysis());
    expect(screen.getByLabelText('Customers after 4 h')).toHaveTextContent(
      '4 Major',
    );
    expect(screen.getByLabelText('Financial after 1 h')).toHaveTextContent(
      '2 Minor',
    );
    expect(
      screen.getByLabelText('Legal and regulatory after 1 d'),
    ).toHaveTextContent('—');
    expect(
      screen.getByText(/Maximum tolerable period of disruption/),
    ).toHaveTextContent('4 h');
    expect(screen.queryByRole('button', { name: 'Save ratings' })).toBeNull();
  });

  it('lets a draft be rated, recomputing the MTPD, and saves the whole grid', async () => {
    const { api, onChanged } = await render(
      analysis({ state: 'draft', allowed: { update: true } as never }),
    );
    const save = screen.getByRole('button', { name: 'Save ratings' });
    expect(save).toBeDisabled();
    const row = screen.getByText('Operations').closest('tr')!;
    fireEvent.mouseDown(within(row).getAllByRole('button')[0]);
    fireEvent.click(await screen.findByRole('option', { name: '5 Severe' }));
    expect(
      screen.getByText(/Maximum tolerable period of disruption/),
    ).toHaveTextContent('1 h');
    fireEvent.click(save);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(api.updateContinuityRecord).toHaveBeenCalledWith(
      'impact-analysis',
      'BIA-1',
      {
        version: 3,
        impacts: expect.arrayContaining([
          { category: 'operations', afterMinutes: 60, rating: 5 },
          { category: 'customers', afterMinutes: 240, rating: 4 },
        ]),
      },
    );
  });
});
