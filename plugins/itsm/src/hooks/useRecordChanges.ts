import { useEffect, useRef } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';

/** The signals channel the backend announces record changes on. */
export const ITSM_RECORDS_CHANNEL = 'itsm:records';

/** What the backend says when a record changed. */
export type RecordChangeSignal = {
  id: string;
  ref: string;
  type: string;
  version: number;
  entityRefs: string[];
};

/**
 * Calls `onChange` for every record change the backend announces (live
 * updates for open pages), at most once per `debounceMs` with the latest
 * change. Does nothing in an app without the signals plugin.
 */
export function useRecordChanges(
  onChange: (change: RecordChangeSignal) => void,
  debounceMs = 0,
): void {
  const signalApi = useApiHolder().get(signalApiRef);
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    if (!signalApi) {
      return undefined;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = signalApi.subscribe<RecordChangeSignal>(
      ITSM_RECORDS_CHANNEL,
      change => {
        if (debounceMs <= 0) {
          latest.current(change);
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(() => latest.current(change), debounceMs);
      },
    );
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [signalApi, debounceMs]);
}
