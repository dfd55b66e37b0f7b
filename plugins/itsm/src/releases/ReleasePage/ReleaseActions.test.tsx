import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Release } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { aResponseError, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReleaseActions } from './ReleaseActions';

const ready = {
  id: 'rel-id-3',
  ref: 'REL-3',
  version: 6,
  state: 'ready',
  phases: [],
  verification: [],
  preRelease: {
    environment: {
      by: 'user:default/rita.release',
      at: '2026-12-01T10:00:00Z',
    },
    backup: { by: 'user:default/rita.release', at: '2026-12-01T10:00:00Z' },
    notified: { by: 'user:default/rita.release', at: '2026-12-01T10:00:00Z' },
  },
  allowed: { update: true, comment: true, workNote: true, respond: true },
} as unknown as Release;

describe('ReleaseActions', () => {
  it('asks why a rollout must go ahead outside its window or without an approved change, and rolls out with the reason', async () => {
    const api = mockItsmApi();
    const onChanged = jest.fn();
    const rolling = { ...ready, state: 'rolling_out', version: 7 } as Release;
    api.transitionRelease
      .mockReturnValueOnce(
        aResponseError(
          409,
          'ConflictError',
          'rolloutOverride: REL-3 may not roll out now: it is outside its window (2026-12-08T20:00:00.000Z to 2026-12-08T22:00:00.000Z); it carries no change request. Give the reason to roll out anyway in rolloutOverride',
        ).then(e => Promise.reject(e)),
      )
      .mockResolvedValueOnce(rolling);
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <ReleaseActions release={ready} onChanged={onChanged} />
      </TestApiProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start rollout' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'REL-3 may not roll out now: it is outside its window',
    );
    fireEvent.change(
      within(dialog).getByLabelText(/Why it must roll out now/),
      {
        target: { value: 'Tariff error costs money every hour' },
      },
    );
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Start rollout anyway' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(rolling));
    expect(api.transitionRelease).toHaveBeenLastCalledWith('rel-id-3', {
      action: 'start_rollout',
      version: 6,
      rolloutOverride: 'Tariff error costs money every hour',
    });
  });
});
