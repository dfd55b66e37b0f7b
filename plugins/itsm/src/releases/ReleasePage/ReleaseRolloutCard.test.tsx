import { useState } from 'react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Release } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import {
  aRelease,
  aResponseError,
  mockItsmApi,
} from '../../testUtils/mockItsmApi';
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

async function renderRolling() {
  const api = mockItsmApi();
  const onChanged = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ReleaseRolloutCard release={rolling} onChanged={onChanged} />
    </TestApiProvider>,
  );
  return { api, onChanged };
}

describe('ReleaseRolloutCard while it rolls out', () => {
  it('keeps the phase table’s headers and names whole, however narrow the card', async () => {
    await renderRolling();
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
    const { api, onChanged } = await renderRolling();
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

const ready = aRelease({ state: 'ready', version: 4 });

/** The card on a page that keeps the release it is given back. */
function Page() {
  const [release, setRelease] = useState(ready);
  return <ReleaseRolloutCard release={release} onChanged={setRelease} />;
}

async function renderCard() {
  const api = mockItsmApi();
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <Page />
    </TestApiProvider>,
  );
  return api;
}

describe('ReleaseRolloutCard while it is ready', () => {
  it('ticks a pre-release check at once, before the server answers', async () => {
    const api = await renderCard();
    let answer!: (release: Release) => void;
    api.checkReleasePreRelease.mockReturnValue(
      new Promise(resolve => {
        answer = resolve;
      }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Backup taken' }));
    expect(
      screen.getByRole('checkbox', { name: 'Backup taken' }),
    ).toBeChecked();
    await waitFor(() =>
      expect(api.checkReleasePreRelease).toHaveBeenCalledWith('id-REL-1', {
        version: 4,
        check: 'backup',
        done: true,
      }),
    );
    answer({
      ...ready,
      version: 5,
      preRelease: {
        backup: { by: 'user:default/rita.release', at: ready.createdAt },
      },
    });
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: /Backup taken/ }),
      ).toBeChecked(),
    );
  });

  it('takes a refused check back and shows the server’s message', async () => {
    const api = await renderCard();
    api.checkReleasePreRelease.mockRejectedValue(
      await aResponseError(
        409,
        'ConflictError',
        'REL-1 is rolling out; its checklist is closed',
      ),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'People notified' }));
    expect(
      screen.getByRole('checkbox', { name: 'People notified' }),
    ).toBeChecked();
    expect(
      await screen.findByText('REL-1 is rolling out; its checklist is closed'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'People notified' }),
    ).not.toBeChecked();
  });
});
