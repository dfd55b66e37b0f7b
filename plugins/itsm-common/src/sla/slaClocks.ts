import { IncidentState } from '../workflow/incidentWorkflow';

/**
 * The clocks a service level agreement starts on an incident (§8.1):
 * `response`, until it is accepted or an agent first replies, and
 * `restore`, until it is resolved.
 *
 * @public
 */
export const slaClockKinds = ['response', 'restore'] as const;

/** @public */
export type SlaClockKind = (typeof slaClockKinds)[number];

/** @public */
export const slaClockKindLabels: Record<SlaClockKind, string> = {
  response: 'Response',
  restore: 'Restore',
};

/**
 * The shares of a clock's target at which it warns (50%, 75%) and at which
 * it is breached (100%), each crossed once.
 *
 * @public
 */
export const slaThresholds = [50, 75, 100] as const;

/** @public */
export type SlaThreshold = (typeof slaThresholds)[number];

/**
 * Whether a clock counts time: `running`, `paused` (on hold) or `stopped`.
 *
 * @public
 */
export type SlaClockPhase = 'running' | 'paused' | 'stopped';

/** The incident states in which the restore clock is stopped. */
const restoreStopped: readonly IncidentState[] = [
  'resolved',
  'closed',
  'cancelled',
];

/**
 * Where a clock stands for an incident in `state` (§8.2 exceptions): the
 * response clock runs while the incident is new and no agent has replied;
 * the restore clock pauses on hold, stops when resolved (or cancelled) and
 * runs again when the incident is reopened. The backend moves clocks by
 * this rule; the incident page explains them by it.
 *
 * @public
 */
export function slaClockPhase(
  kind: SlaClockKind,
  state: string,
  responded: boolean,
): SlaClockPhase {
  if (kind === 'response') {
    return state === 'new' && !responded ? 'running' : 'stopped';
  }
  if (restoreStopped.includes(state as IncidentState)) return 'stopped';
  return state === 'on_hold' ? 'paused' : 'running';
}
