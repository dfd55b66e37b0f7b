import { incidentWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { ListIncidentsOptions } from '../../api/ItsmApi';

const open = [...incidentWorkflow.openStates];

/** A service desk queue: a name and the filters that make it. */
export type IncidentQueue = {
  id: string;
  label: string;
  /** Its name once a chosen state replaces its own, when the label names them. */
  labelWithoutStates?: string;
  filters: Omit<ListIncidentsOptions, 'sort' | 'limit' | 'cursor'>;
};

/**
 * The service desk's queues (§2.2): what the agent works, what their groups
 * work, what nobody has taken yet, each tier, the major (P1) incidents,
 * everything open, and resolutions waiting for their reporter.
 */
export const incidentQueues: readonly IncidentQueue[] = [
  { id: 'mine', label: 'My work', filters: { assignee: ['me'], state: open } },
  {
    id: 'groups',
    label: 'My groups',
    filters: { assignmentGroup: ['mine'], state: open },
  },
  {
    id: 'unassigned',
    label: 'Unassigned',
    filters: { unassigned: true, state: open },
  },
  { id: 'l1', label: 'L1', filters: { supportTier: ['L1'], state: open } },
  { id: 'l2', label: 'L2', filters: { supportTier: ['L2'], state: open } },
  { id: 'l3', label: 'L3', filters: { supportTier: ['L3'], state: open } },
  {
    id: 'major',
    label: 'Major / P1',
    filters: { priority: ['P1'], state: open },
  },
  {
    id: 'open',
    label: 'All open',
    labelWithoutStates: 'All',
    filters: { state: open },
  },
  {
    id: 'resolved',
    label: 'Awaiting confirmation',
    labelWithoutStates: 'All',
    filters: { state: ['resolved'] },
  },
];

/**
 * The heading of a queue's list: its name, or with a state chosen in the
 * filter (which takes the place of the queue's own states) the queue
 * without its states and that state, e.g. "All · Closed".
 */
export function queueHeading(queue: IncidentQueue, state?: string): string {
  if (!state) return queue.label;
  const stateLabel =
    incidentWorkflow.stateLabels[
      state as keyof typeof incidentWorkflow.stateLabels
    ] ?? state;
  return `${queue.labelWithoutStates ?? queue.label} · ${stateLabel}`;
}
