import { ReactNode } from 'react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { itsmApiRef } from '../api/ItsmApi';
import { anIncident, mockItsmApi } from '../testUtils/mockItsmApi';
import { useRecordWithTimeline } from './useRecordWithTimeline';

describe('useRecordWithTimeline', () => {
  it('reads the record again when someone else changes it, and only then', async () => {
    const api = mockItsmApi();
    api.getIncident
      .mockResolvedValueOnce(anIncident({ id: 'i-1', version: 1 }))
      .mockResolvedValueOnce(anIncident({ id: 'i-1', version: 2 }));
    api.getIncidentTimeline.mockResolvedValue({ items: [] });
    let send: (message: any) => void = () => {};
    const signalApi = {
      subscribe: (_channel: string, onMessage: (message: any) => void) => {
        send = onMessage;
        return { unsubscribe: () => {} };
      },
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider
        apis={[
          [itsmApiRef, api],
          [signalApiRef, signalApi],
        ]}
      >
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(
      () => useRecordWithTimeline('incident', 'INC-1'),
      { wrapper },
    );
    await waitFor(() => expect(result.current.record?.version).toBe(1));

    act(() => send({ id: 'other', version: 9 }));
    act(() => send({ id: 'i-1', version: 1 }));
    expect(api.getIncident).toHaveBeenCalledTimes(1);

    act(() => send({ id: 'i-1', version: 2 }));
    await waitFor(() => expect(result.current.record?.version).toBe(2));
    expect(api.getIncident).toHaveBeenCalledTimes(2);
  });
});
