import { act, renderHook, waitFor } from '@testing-library/react';
import { useKeysetPages } from './useKeysetPages';

/** A fetcher whose answers the test releases one by one. */
function controlledFetcher() {
  const pending: {
    query: { q: string; cursor?: string };
    resolve: (page: { items: string[]; nextCursor?: string }) => void;
  }[] = [];
  const fetchPage = (query: { q: string; cursor?: string }) =>
    new Promise<{ items: string[]; nextCursor?: string }>(resolve =>
      pending.push({ query, resolve }),
    );
  return { fetchPage, pending };
}

describe('useKeysetPages', () => {
  it('loads the first page, appends the next, and starts again for a new query', async () => {
    const { fetchPage, pending } = controlledFetcher();
    const { result, rerender } = renderHook(
      ({ q }) => useKeysetPages(fetchPage, { q }),
      { initialProps: { q: 'a' } },
    );
    await act(async () =>
      pending[0].resolve({ items: ['a1'], nextCursor: 'c1' }),
    );
    expect(result.current.items).toEqual(['a1']);
    expect(result.current.hasMore).toBe(true);

    await act(async () => {
      result.current.loadMore();
    });
    expect(pending[1].query).toEqual({ q: 'a', cursor: 'c1' });
    await act(async () => pending[1].resolve({ items: ['a2'] }));
    expect(result.current.items).toEqual(['a1', 'a2']);
    expect(result.current.hasMore).toBe(false);

    rerender({ q: 'b' });
    await act(async () => pending[2].resolve({ items: ['b1'] }));
    expect(result.current.items).toEqual(['b1']);
  });

  it('drops an answer to an older query that arrives after the newer one', async () => {
    const { fetchPage, pending } = controlledFetcher();
    const { result, rerender } = renderHook(
      ({ q }) => useKeysetPages(fetchPage, { q }),
      { initialProps: { q: 'd' } },
    );
    rerender({ q: 'db' });
    await waitFor(() => expect(pending).toHaveLength(2));
    await act(async () => pending[1].resolve({ items: ['db-1'] }));
    await act(async () => pending[0].resolve({ items: ['d-1', 'd-2'] }));
    expect(result.current.items).toEqual(['db-1']);
    expect(result.current.loading).toBe(false);
  });
});
