import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { aRelease, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReleaseRolloutCard } from './ReleaseRolloutCard';

const rolling = aRelease({
  state: 'rolling_out',
  version: 8,
  phases: [
    {
      name: 'canary',
      status: 'succeeded',
      finishedAt: '2026-12-01T10:00:00.000Z',
    },
    { name: '50%', status: 'in_progress' },
    { name: '100%', status: 'pending' },
  ],
});

async function renderCard() {
  const api = mockItsmApi();
  const onChanged = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ReleaseRolloutCard release={rolling} onChanged={onChanged} />
    </TestApiProvider>,
  );
  return { api, onChanged };
}

describe('ReleaseRolloutCard', () => {
  it('keeps the phase table’s headers and names whole, however narrow the card', async () => {
    await renderCard();
    const table = screen.getByRole('table', { name: 'Rollout phases' });
    for (const header of within(table).getAllByRole('columnheader')) {
      expect(header).toHaveStyle({ whiteSpace: 'nowrap' });
    }
    expect(
      within(screen.getByTestId('phase-canary')).getByText('canary'),
    ).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(
      within(screen.getByTestId('phase-100%')).getByText('Pending'),
    ).toHaveStyle({ whiteSpace: 'nowrap' });
  });

  it('reports a phase with short buttons that still name it', async () => {
    const { api, onChanged } = await renderCard();
    api.reportReleasePhase.mockResolvedValue(rolling);
    const row = within(screen.getByTestId('phase-100%'));
    expect(row.getAllByRole('button').map(b => b.textContent)).toEqual([
      'Start',
      'Succeeded',
      'Failed',
    ]);
    expect(
      within(screen.getByTestId('phase-canary')).queryAllByRole('button'),
    ).toEqual([]);
    fireEvent.click(row.getByRole('button', { name: 'Start 100%' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(rolling));
    expect(api.reportReleasePhase).toHaveBeenCalledWith(rolling.id, {
      version: 8,
      phase: '100%',
      status: 'in_progress',
    });
    expect(
      within(screen.getByTestId('phase-50%')).getByRole('button', {
        name: '50% failed',
      }),
    ).toHaveTextContent('Failed');
  });
});
