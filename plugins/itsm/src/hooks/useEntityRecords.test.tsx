import { ReactNode } from 'react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { ListChangesOptions } from '../api/ItsmApi';
import { useEntityRecords } from './useEntityRecords';

const workflow = { openStates: ['planned'], terminalStates: ['done'] };

function renderEntityRecords(
  list: (query: ListChangesOptions) => Promise<{ items: string[] }>,
) {
  let send: (message: any) => void = () => {};
  const signalApi = {
    subscribe: (_channel: string, onMessage: (message: any) => void) => {
      send = onMessage;
      return { unsubscribe: () => {} };
    },
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[signalApiRef, signalApi]]}>
      {children}
    </TestApiProvider>
  );
  const rendered = renderHook(
    () =>
      useEntityRecords({
        recordType: 'release',
        entityRef: 'component:default/Checkout',
        workflow,
        finishedLimit: 5,
        list,
      }),
    { wrapper },
  );
  return { ...rendered, send: (message: any) => send(message) };
}

describe('useEntityRecords', () => {
  it("reads the entity's open records and its latest finished ones", async () => {
    const list = jest.fn(async (query: ListChangesOptions) => ({
      items: query.sort ? ['REL-1'] : ['REL-2', 'REL-3'],
    }));
    const { result } = renderEntityRecords(list);
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));

    expect(result.current.open).toEqual(['REL-2', 'REL-3']);
    expect(result.current.finished).toEqual(['REL-1']);
    expect(list).toHaveBeenCalledWith({
      entityRef: 'component:default/Checkout',
      state: ['planned'],
      limit: 100,
    });
    expect(list).toHaveBeenCalledWith({
      entityRef: 'component:default/Checkout',
      state: ['done'],
      sort: 'updated',
      limit: 5,
    });
  });

  it('says why the records could not be read', async () => {
    const { result } = renderEntityRecords(() =>
      Promise.reject(new Error('no route')),
    );
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.loading).toBe(false);
  });

  it('reads them again when a record of its type and entity changes, and only then', async () => {
    jest.useFakeTimers();
    try {
      const list = jest.fn(async () => ({ items: [] as string[] }));
      const { result, send } = renderEntityRecords(list);
      await waitFor(() => expect(result.current.loading).toBe(false));
      expect(list).toHaveBeenCalledTimes(2);

      await act(async () => {
        send({ type: 'change', entityRefs: ['component:default/checkout'] });
        jest.advanceTimersByTime(500);
      });
      await act(async () => {
        send({ type: 'release', entityRefs: ['component:default/other'] });
        jest.advanceTimersByTime(500);
      });
      expect(list).toHaveBeenCalledTimes(2);

      await act(async () => {
        send({ type: 'release', entityRefs: ['component:default/checkout'] });
        jest.advanceTimersByTime(500);
      });
      expect(list).toHaveBeenCalledTimes(4);
    } finally {
      jest.useRealTimers();
    }
  });
});
