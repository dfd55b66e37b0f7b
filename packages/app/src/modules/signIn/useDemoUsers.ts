import { coreApis, useApi } from '@backstage/frontend-plugin-api';
import { useCallback, useEffect, useState } from 'react';
import { DemoUser } from './types';

export type DemoUsersState =
  | { status: 'loading' }
  | { status: 'disabled' }
  | { status: 'error'; error: Error }
  | { status: 'loaded'; users: DemoUser[] };

/**
 * Loads the demo users from the auth backend. Plain `fetch`: nobody is signed
 * in yet, and the app's fetch API would wait for an identity.
 */
export function useDemoUsers(): DemoUsersState & { retry(): void } {
  const discoveryApi = useApi(coreApis.discovery);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DemoUsersState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setState(current =>
      current.status === 'loaded' ? current : { status: 'loading' },
    );
    (async () => {
      const baseUrl = await discoveryApi.getBaseUrl('auth');
      const response = await fetch(`${baseUrl}/demo-users`);
      if (response.status === 404) {
        return { status: 'disabled' } as const;
      }
      if (!response.ok) {
        throw new Error(
          `Could not load the demo users: ${response.status} ${response.statusText}`,
        );
      }
      const body = (await response.json()) as { items: DemoUser[] };
      return { status: 'loaded', users: body.items } as const;
    })().then(
      next => !cancelled && setState(next),
      error => !cancelled && setState({ status: 'error', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [discoveryApi, attempt]);

  // A new portal's catalog ingests its users over its first seconds: keep
  // the list fresh while the page is open (a cheap call, demo only).
  const loaded = state.status === 'loaded';
  useEffect(() => {
    if (!loaded) {
      return undefined;
    }
    const timer = setTimeout(() => setAttempt(n => n + 1), 3000);
    return () => clearTimeout(timer);
  }, [loaded, state]);

  const retry = useCallback(() => setAttempt(n => n + 1), []);
  return { ...state, retry };
}
