import { useRef, useState } from 'react';
import { describeError } from '../lib/describeError';
import { isStaleVersionError } from '../lib/isStaleVersionError';

/** Why a tick did not stay: the server's message, or a reload after someone else's change. */
export type TickProblem = { severity: 'error' | 'warning'; message: string };

/**
 * The boxes of a record's checklist (a change's plan steps, a release's
 * pre-release checks), ticked at once: a tick shows before the server
 * answers, its request goes out after the ones before it (each with the
 * version the last answer gave), and a tick the server refuses comes off
 * again with the server's message. A request based on an outdated record
 * (a 409 with the record as it is now) reloads it and says so, as the
 * page's moves do.
 */
export function useOptimisticTicks<
  K extends string | number,
  T extends { version: number },
>(options: {
  record: T;
  /** The record's human id, for the notice. */
  recordRef: string;
  /** Sends one tick, based on `version`; returns the record after it. */
  send: (key: K, done: boolean, version: number) => Promise<T>;
  onChanged: (record: T) => void;
  /** Reads the record again after a stale version; none: it fails like any error. */
  onReloadNeeded?: () => void;
}) {
  const [pending, setPending] = useState<
    ReadonlyMap<K, { done: boolean; seq: number }>
  >(new Map());
  const [problem, setProblem] = useState<TickProblem>();
  const queue = useRef<Promise<void>>(Promise.resolve());
  const seq = useRef(0);
  const latest = useRef(options);
  latest.current = options;
  // The newest version known: the page's, or the last answer's.
  const version = useRef(options.record.version);
  if (options.record.version > version.current) {
    version.current = options.record.version;
  }

  const settle = (key: K, mine: number) =>
    setPending(current => {
      if (current.get(key)?.seq !== mine) return current;
      const next = new Map(current);
      next.delete(key);
      return next;
    });

  const tick = (key: K, done: boolean) => {
    const mine = ++seq.current;
    setPending(current => new Map(current).set(key, { done, seq: mine }));
    setProblem(undefined);
    queue.current = queue.current.then(async () => {
      const { send, onChanged, onReloadNeeded, recordRef } = latest.current;
      try {
        const after = await send(key, done, version.current);
        version.current = after.version;
        onChanged(after);
      } catch (error) {
        if (onReloadNeeded && isStaleVersionError(error)) {
          setProblem({
            severity: 'warning',
            message: `Someone else changed ${recordRef}; reloaded`,
          });
          onReloadNeeded();
        } else {
          setProblem({ severity: 'error', message: describeError(error) });
        }
      } finally {
        settle(key, mine);
      }
    });
  };

  return {
    /** Whether a box shows ticked: as ticked, until the server has answered. */
    checked: (key: K, stored: boolean) => pending.get(key)?.done ?? stored,
    tick,
    problem,
    dismissProblem: () => setProblem(undefined),
  };
}
