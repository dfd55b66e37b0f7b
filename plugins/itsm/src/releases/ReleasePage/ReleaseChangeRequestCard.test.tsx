import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Change, Release } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReleaseChangeRequestCard } from './ReleaseChangeRequestCard';

const release = {
  ref: 'REL-3',
  version: 4,
  state: 'approved',
  allowed: { update: true, comment: true, workNote: true, respond: true },
} as Release;

async function renderCard(shown: Release) {
  const api = mockItsmApi();
  const onChanged = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ReleaseChangeRequestCard release={shown} onChanged={onChanged} />
    </TestApiProvider>,
  );
  return { api, onChanged };
}

describe('ReleaseChangeRequestCard', () => {
  it('raises a change request from the release, as of the version shown', async () => {
    const api = mockItsmApi();
    const onChanged = jest.fn();
    const updated = { ...release, version: 5, changeRequest: 'CHG-9' };
    api.addReleaseChangeRequest.mockResolvedValue(updated);
    api.getChange.mockResolvedValue({ ref: 'CHG-9' } as Change);
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <ReleaseChangeRequestCard release={release} onChanged={onChanged} />
      </TestApiProvider>,
    );
    expect(
      screen.getByText('This release carries no change request.'),
    ).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Raise change request' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Raise' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(updated));
    expect(api.addReleaseChangeRequest).toHaveBeenCalledWith('REL-3', {
      version: 4,
      changeType: 'system',
    });
  });

  it('carries the change request the release manager names', async () => {
    const { api } = await renderCard(release);
    api.addReleaseChangeRequest.mockRejectedValue(
      new Error('change: there is no change request CHG-99'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Carry existing' }));
    fireEvent.change(await screen.findByLabelText(/Change request/), {
      target: { value: ' CHG-99 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Carry' }));
    expect(
      await screen.findByText(/there is no change request CHG-99/),
    ).toBeInTheDocument();
    expect(api.addReleaseChangeRequest).toHaveBeenCalledWith('REL-3', {
      version: 4,
      change: 'CHG-99',
    });
  });

  it('shows the change request carried, with its state, and offers nothing more', async () => {
    const api = mockItsmApi();
    api.getChange.mockResolvedValue({
      ref: 'CHG-9',
      title: 'Release 2.4.1 of checkout',
      state: 'awaiting_approval',
      window: {
        start: '2026-12-08T20:00:00Z',
        end: '2026-12-08T22:00:00Z',
      },
    } as Change);
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <ReleaseChangeRequestCard
          release={{ ...release, changeRequest: 'CHG-9' }}
          onChanged={jest.fn()}
        />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(/: Release 2.4.1 of checkout/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Awaiting approval/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Raise change request' }),
    ).not.toBeInTheDocument();
  });

  it('offers nothing once the rollout has started', async () => {
    await renderCard({ ...release, state: 'rolling_out' });
    expect(
      screen.queryByRole('button', { name: 'Carry existing' }),
    ).not.toBeInTheDocument();
  });
});
