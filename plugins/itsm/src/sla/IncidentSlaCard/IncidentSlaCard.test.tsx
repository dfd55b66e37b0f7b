import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { SlaClock } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { anIncident, mockItsmApi } from '../../testUtils/mockItsmApi';
import { IncidentSlaCard } from './IncidentSlaCard';

const clock = (overrides: Partial<SlaClock>): SlaClock => ({
  kind: 'restore',
  agreement: { id: 'gold', name: 'Payments Gold' },
  priority: 'P2',
  calendar: 'eu-office',
  targetMinutes: 240,
  phase: 'running',
  startedAt: '2026-11-30T08:00:00.000Z',
  elapsedMinutes: 200,
  remainingMinutes: 40,
  warn50At: '2026-11-30T10:00:00.000Z',
  warn75At: '2026-11-30T11:00:00.000Z',
  dueAt: '2026-11-30T12:00:00.000Z',
  crossed: 75,
  idle: [],
  ...overrides,
});

async function renderCard(clocks: SlaClock[]) {
  const api = mockItsmApi();
  api.getIncidentSla.mockResolvedValue({ items: clocks });
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <IncidentSlaCard incident={anIncident({ ref: 'INC-7' })} />
    </TestApiProvider>,
  );
  return api;
}

describe('IncidentSlaCard', () => {
  it('shows each clock: time used against the target, what is left, its state and history', async () => {
    const api = await renderCard([
      clock({
        kind: 'response',
        targetMinutes: 30,
        elapsedMinutes: 12,
        remainingMinutes: 18,
        phase: 'stopped',
        met: true,
        crossed: 0,
        dueAt: undefined,
        idle: [{ start: '2026-11-30T08:12:00.000Z', reason: 'stopped' }],
      }),
      clock({
        idle: [
          {
            start: '2026-11-30T08:30:00.000Z',
            end: '2026-11-30T09:00:00.000Z',
            reason: 'paused',
          },
          {
            start: '2026-11-30T11:00:00.000Z',
            end: '2026-11-30T11:30:00.000Z',
            reason: 'maintenance',
          },
          {
            start: '2026-12-07T11:00:00.000Z',
            end: '2026-12-07T11:30:00.000Z',
            reason: 'maintenance',
          },
        ],
      }),
    ]);
    expect(api.getIncidentSla).toHaveBeenCalledWith('INC-7');
    expect(
      await screen.findByText('Payments Gold · P2 · eu-office'),
    ).toBeInTheDocument();
    const response = screen.getByTestId('sla-response');
    expect(within(response).getByText('Met')).toBeInTheDocument();
    expect(
      within(response).getByText('Took 12 min of 30 min'),
    ).toBeInTheDocument();
    const restore = screen.getByTestId('sla-restore');
    expect(within(restore).getByText('Running')).toBeInTheDocument();
    expect(
      within(restore).getByText(/^3 h 20 min of 4 h used, 40 min left · due/),
    ).toBeInTheDocument();
    expect(within(restore).getByText(/^75% used/)).toBeInTheDocument();
    expect(
      within(restore).getByText(/^On hold .*\d\d:\d\d–\d\d:\d\d/),
    ).toBeInTheDocument();
    // The window before it is due counts; the one a week later not yet.
    expect(within(restore).getAllByText(/^Maintenance window/)).toHaveLength(1);
    expect(
      within(restore).getByRole('progressbar', { name: 'Restore time used' }),
    ).toHaveAttribute('aria-valuenow', '83');
  });

  it('says when a clock stands on hold, is overdue or breached', async () => {
    await renderCard([
      clock({
        kind: 'response',
        phase: 'paused',
        elapsedMinutes: 100,
        remainingMinutes: 140,
        dueAt: undefined,
        idle: [{ start: '2026-11-30T09:00:00.000Z', reason: 'paused' }],
      }),
      clock({
        elapsedMinutes: 300,
        remainingMinutes: -60,
        crossed: 100,
        breachedAt: '2026-11-30T12:00:00.000Z',
      }),
    ]);
    const response = await screen.findByTestId('sla-response');
    expect(within(response).getByText('On hold')).toBeInTheDocument();
    expect(
      within(response).getByText(/the clock stands while on hold$/),
    ).toBeInTheDocument();
    expect(within(response).getByText(/^On hold since/)).toBeInTheDocument();
    const restore = screen.getByTestId('sla-restore');
    expect(within(restore).getByText('Breached')).toBeInTheDocument();
    expect(within(restore).getByText(/1 h overdue/)).toBeInTheDocument();
  });

  it('shows nothing for an incident no agreement covers', async () => {
    await renderCard([]);
    expect(screen.queryByText('Service levels')).not.toBeInTheDocument();
  });
});
