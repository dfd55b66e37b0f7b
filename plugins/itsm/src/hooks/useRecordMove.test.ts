import { act, renderHook, waitFor } from '@testing-library/react';
import { WorkflowTransition } from '@backstage-itsm/plugin-itsm-common';
import { aResponseError } from '../testUtils/mockItsmApi';
import { useRecordMove } from './useRecordMove';

const start: WorkflowTransition = {
  action: 'start_rollout',
  label: 'Start rollout',
  from: ['approved'],
  to: 'rolling_out',
};

function setup(failure: Error) {
  const onReloadNeeded = jest.fn();
  const { result } = renderHook(() =>
    useRecordMove({
      recordRef: 'REL-1',
      send: async () => {
        throw failure;
      },
      onChanged: jest.fn(),
      onReloadNeeded,
    }),
  );
  return { result, onReloadNeeded };
}

describe('useRecordMove', () => {
  it('reloads a record someone else changed (409 with the current record)', async () => {
    const { result, onReloadNeeded } = setup(
      await aResponseError(409, 'ConflictError', 'REL-1 was changed', {
        current: { ref: 'REL-1', version: 3 },
      }),
    );
    act(() => result.current.start(start));
    await waitFor(() =>
      expect(result.current.notice).toBe(
        'Someone else changed REL-1; reloaded',
      ),
    );
    expect(onReloadNeeded).toHaveBeenCalledTimes(1);
  });

  it('says why a move the state forbids was refused (409 alone), without reloading', async () => {
    const { result, onReloadNeeded } = setup(
      await aResponseError(
        409,
        'ConflictError',
        'REL-1: its package was audited and cannot change',
      ),
    );
    act(() => result.current.start(start));
    await waitFor(() =>
      expect(result.current.notice).toBe(
        'Start rollout failed: REL-1: its package was audited and cannot change',
      ),
    );
    expect(onReloadNeeded).not.toHaveBeenCalled();
  });
});
