import {
  availableTransitions,
  HoldReason,
  holdReasonLabels,
  Incident,
  IncidentState,
  incidentWorkflow,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';

/** What a request waits for, as its reporter reads it. */
export type Awaited = {
  /**
   * `confirm`: the reporter's decision on a resolution; `answer`: their
   * reply to the agent's question; `nothing`: it waits for someone else.
   */
  kind: 'confirm' | 'answer' | 'nothing';
  /** What it waits for, in words: "Confirm the resolution". */
  label: string;
  /**
   * The moves the reporter makes from the list (confirm or reopen a
   * resolution), by the workflow table, the one that settles it first;
   * empty when the answer is a reply on the incident's page, or when
   * nothing is asked of them.
   */
  moves: WorkflowTransition<IncidentState>[];
};

/** Who has an open request in hand, when nothing is asked of its reporter. */
const withOthers: Partial<Record<IncidentState, string>> = {
  new: 'Nothing: the service desk will pick it up',
  accepted: 'Nothing: it is being worked on',
  in_progress: 'Nothing: it is being worked on',
  resolved: 'Nothing: it closes once its resolution is confirmed',
};

/**
 * What an incident waits for from the one who reported it (or for whom it
 * was logged): to confirm or reject a resolution (the reporter's moves of
 * the workflow table, when the server says `respond`), or to answer the
 * agent's question when it is on hold waiting for the caller; otherwise
 * nothing, with who has it in hand. Undefined for a finished incident.
 */
export function awaitedOfReporter(incident: Incident): Awaited | undefined {
  const state = incident.state as IncidentState;
  if (incidentWorkflow.terminalStates.includes(state)) return undefined;
  // The move that settles it (confirming) first, then the others (reopen).
  const settles = (move: WorkflowTransition<IncidentState>) =>
    incidentWorkflow.terminalStates.includes(move.to) ? 0 : 1;
  const moves = incident.allowed?.respond
    ? availableTransitions(incidentWorkflow, state, ['reporter']).sort(
        (a, b) => settles(a) - settles(b),
      )
    : [];
  if (moves.length > 0) {
    return { kind: 'confirm', label: 'Confirm the resolution', moves };
  }
  const reason = incident.holdReason as HoldReason | undefined;
  if (state === 'on_hold' && reason === 'caller' && incident.allowed?.comment) {
    return { kind: 'answer', label: "Answer the agent's question", moves: [] };
  }
  const onHold =
    reason && holdReasonLabels[reason]
      ? `Nothing: ${holdReasonLabels[reason].toLocaleLowerCase('en-US')}`
      : 'Nothing: it is on hold';
  return {
    kind: 'nothing',
    label: state === 'on_hold' ? onHold : withOthers[state] ?? 'Nothing',
    moves: [],
  };
}
