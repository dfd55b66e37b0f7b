import { useCallback, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  Incident,
  IncidentState,
  TransitionRequest,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../api/ItsmApi';
import { describeError } from '../lib/describeError';
import { isStaleVersionError } from '../lib/isStaleVersionError';
import { useDoneNotifications } from './useDoneNotifications';

/** A message about the outcome of a move, shown above the list. */
export type TransitionNotice = {
  severity: 'warning' | 'error';
  message: string;
};

/** A move waiting for the fields it requires. */
export type PendingTransition = {
  incident: Incident;
  transition: WorkflowTransition<IncidentState>;
};

/**
 * Moves incidents through their workflow, sending the version each move is
 * based on. A move that needs fields (a resolution, a reason) waits in
 * `pending` until `submitPending` gets them. When someone else changed the
 * incident first (409), the incident is read again and a notice says so.
 */
export function useIncidentTransitions(options: {
  /** The incident as it is after a move, or as it was found after a 409. */
  onChanged: (incident: Incident) => void;
  /** When the changed incident could not be read again. */
  onReloadNeeded: () => void;
}) {
  const markDone = useDoneNotifications();
  const { onChanged, onReloadNeeded } = options;
  const itsmApi = useApi(itsmApiRef);
  const [busyIncidentId, setBusyIncidentId] = useState<string>();
  const [pending, setPending] = useState<PendingTransition>();
  const [notice, setNotice] = useState<TransitionNotice>();

  const perform = useCallback(
    async (
      incident: Incident,
      transition: WorkflowTransition<IncidentState>,
      fields: Record<string, string>,
    ) => {
      setBusyIncidentId(incident.id);
      setNotice(undefined);
      try {
        // Form fields are text; the rating is a number on the wire.
        const { rating, ...text } = fields;
        const body: TransitionRequest = {
          ...text,
          ...(rating ? { rating: Number(rating) } : {}),
          action: transition.action,
          version: incident.version,
        };
        onChanged(await itsmApi.transitionIncident(incident.id, body));
        void markDone(incident.ref);
      } catch (error) {
        if (!isStaleVersionError(error)) {
          throw error;
        }
        setNotice({
          severity: 'warning',
          message: `Someone else changed ${incident.ref}; reloaded`,
        });
        try {
          onChanged(await itsmApi.getIncident(incident.id));
        } catch {
          onReloadNeeded();
        }
      } finally {
        setBusyIncidentId(undefined);
      }
    },
    [itsmApi, onChanged, onReloadNeeded, markDone],
  );

  const start = useCallback(
    (incident: Incident, transition: WorkflowTransition<IncidentState>) => {
      if (
        transition.requiredFields?.length ||
        transition.optionalFields?.length
      ) {
        setPending({ incident, transition });
        return;
      }
      perform(incident, transition, {}).catch(error =>
        setNotice({
          severity: 'error',
          message: `${transition.label} ${incident.ref} failed: ${describeError(
            error,
          )}`,
        }),
      );
    },
    [perform],
  );

  /** Makes the pending move; rejects (and stays pending) when it fails. */
  const submitPending = useCallback(
    async (fields: Record<string, string>) => {
      if (!pending) {
        return;
      }
      await perform(pending.incident, pending.transition, fields);
      setPending(undefined);
    },
    [pending, perform],
  );

  const cancelPending = useCallback(() => setPending(undefined), []);
  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return {
    busyIncidentId,
    pending,
    notice,
    start,
    submitPending,
    cancelPending,
    dismissNotice,
  };
}
