import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Release } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { anIncident, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReleaseIncidentsCard } from './ReleaseIncidentsCard';

const release = {
  id: 'rel-1',
  ref: 'REL-1',
  state: 'rolling_out',
  version: 7,
  startedAt: '2026-12-08T20:00:00.000Z',
} as Release;

async function renderCard(answer: { considerRollback: boolean }) {
  const api = mockItsmApi();
  api.getReleaseIncidents.mockResolvedValue({
    items: [anIncident({ ref: 'INC-9', title: 'Checkout rounds wrongly' })],
    ...answer,
  });
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ReleaseIncidentsCard release={release} />
    </TestApiProvider>,
    { mountedRoutes: { '/itsm': rootRouteRef } },
  );
  return api;
}

describe('ReleaseIncidentsCard', () => {
  it('lists the incidents since the rollout started and prompts to consider a rollback', async () => {
    const api = await renderCard({ considerRollback: true });
    expect(
      await screen.findByRole('link', {
        name: 'INC-9: Checkout rounds wrongly',
      }),
    ).toHaveAttribute('href', '/itsm/incidents/INC-9');
    expect(screen.getByTestId('consider-rollback')).toHaveTextContent(
      /consider rolling it back/,
    );
    expect(api.getReleaseIncidents).toHaveBeenCalledWith('REL-1');
  });

  it('does not prompt when the server says there is no reason to', async () => {
    await renderCard({ considerRollback: false });
    await screen.findByText(/INC-9/);
    expect(screen.queryByTestId('consider-rollback')).toBeNull();
  });
});
