import { useState } from 'react';
import { WorkflowTransition } from '@backstage-itsm/plugin-itsm-common';
import { describeError } from '../lib/describeError';
import { isStaleVersionError } from '../lib/isStaleVersionError';
import { useDoneNotifications } from './useDoneNotifications';

/**
 * Moves one record through its workflow from its page: a move that asks
 * for fields (those the workflow table names, or any `asksFirst` says)
 * waits in `pending` for its dialog; a move based on an outdated record
 * (a 409 with the record as it is now) reloads it and says so; a move
 * that fails, a 409 the state answers among them, says why, unless
 * `onFailed` takes the error (a change refused for a freeze, say). A move
 * made closes the mover's notifications about the record.
 */
export function useRecordMove<T>(options: {
  /** The record's human id, for the notices. */
  recordRef: string;
  /** Sends the move with the version the page shows; returns the record after it. */
  send: (
    transition: WorkflowTransition,
    fields: Record<string, unknown>,
  ) => Promise<T>;
  onChanged: (record: T) => void;
  /** Reads the record again after a stale version; none: it fails like any error. */
  onReloadNeeded?: () => void;
  /** Moves that ask for something beyond the workflow table's fields. */
  asksFirst?: (transition: WorkflowTransition) => boolean;
  /** Takes a failed move's message instead of the notice; true when taken. */
  onFailed?: (transition: WorkflowTransition, message: string) => boolean;
}) {
  const [pending, setPending] = useState<WorkflowTransition>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const markDone = useDoneNotifications();

  /** Makes the move; rejects when it fails (a dialog shows why). */
  const move = async (
    transition: WorkflowTransition,
    fields: Record<string, unknown>,
  ) => {
    setBusy(true);
    setNotice(undefined);
    try {
      options.onChanged(await options.send(transition, fields));
      setPending(undefined);
      void markDone(options.recordRef);
    } catch (error) {
      if (!options.onReloadNeeded || !isStaleVersionError(error)) throw error;
      setPending(undefined);
      setNotice(`Someone else changed ${options.recordRef}; reloaded`);
      options.onReloadNeeded();
    } finally {
      setBusy(false);
    }
  };

  /** What a button does: ask for the move's fields, or make it. */
  const start = (transition: WorkflowTransition) => {
    if (
      options.asksFirst?.(transition) ||
      transition.requiredFields?.length ||
      transition.optionalFields?.length
    ) {
      setPending(transition);
      return;
    }
    move(transition, {}).catch(error => {
      const message = describeError(error);
      if (!options.onFailed?.(transition, message)) {
        setNotice(`${transition.label} failed: ${message}`);
      }
    });
  };

  return {
    pending,
    cancelPending: () => setPending(undefined),
    busy,
    notice,
    dismissNotice: () => setNotice(undefined),
    move,
    start,
  };
}
