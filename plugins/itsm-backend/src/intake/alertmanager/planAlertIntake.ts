import { utcTime } from '../../core/domain/utcTime';
import {
  checkTransition,
  incidentWorkflow,
  Priority,
  priorities,
} from '@backstage-itsm/plugin-itsm-common';
import { AlertmanagerPayload } from './AlertmanagerPayload';
import { AlertIntakeSettings, priorityOfAlert } from './alertIntakeSettings';
import { descriptionOf, titleOf } from './describeAlerts';
import { AlertChange, AlertGroupState } from './planAlertChanges';

/** What a new incident for a group of firing alerts is reported with. */
export type NewAlertIncident = {
  title: string;
  description: string;
  priority: Priority;
  occurredAt: string;
};

/** What a delivery does to the group's open incident. */
export type AlertUpdatePlan = {
  /** The timeline text: the alerts that are new or changed. */
  note: string;
  /** A higher priority, when a more severe alert fires. */
  raisePriority?: Priority;
  /** A workflow move: resolve when every alert resolved, reopen when they fire again. */
  move?:
    | {
        action: 'resolve';
        resolution: string;
        cause: string;
        verification: string;
        resolvedBy: 'monitoring';
      }
    | { action: 'reopen'; reason: string };
};

const NEVER = '0001-01-01T00:00:00Z';

function rank(priority: string): number {
  const i = priorities.indexOf(priority as Priority);
  return i < 0 ? priorities.length : i;
}

/** The most urgent of the priorities (P1 before P4). */
export function highestPriority(list: Priority[]): Priority | undefined {
  return [...list].sort((a, b) => rank(a) - rank(b))[0];
}

/** Whether every alert of the delivery is resolved. */
export function isGroupResolved(payload: AlertmanagerPayload): boolean {
  return payload.alerts.every(alert => alert.status === 'resolved');
}

/** The incident a delivery of a group without an open incident opens. */
export function planNewAlertIncident(
  payload: AlertmanagerPayload,
  settings: AlertIntakeSettings,
  now: string,
): NewAlertIncident {
  const firing = payload.alerts.filter(a => a.status === 'firing');
  const starts = firing.map(a => a.startsAt).sort();
  const earliest = starts.length ? starts[0] : now;
  return {
    title: titleOf(payload, firing),
    description: descriptionOf(payload, firing, settings.severityLabel),
    priority:
      highestPriority(firing.map(a => priorityOfAlert(a.labels, settings))) ??
      settings.defaultPriority,
    occurredAt: Date.parse(earliest) > Date.parse(now) ? now : earliest,
  };
}

function changeLine(change: AlertChange): string {
  const { alert } = change;
  const when =
    change.kind === 'resolved'
      ? `ended ${alert.endsAt ? utcTime(alert.endsAt) : 'now'}`
      : `since ${utcTime(alert.startsAt)}`;
  return `- ${change.kind}: ${alert.name}${
    alert.severity ? ` [${alert.severity}]` : ''
  } ${change.fingerprint}, ${when}${
    alert.summary ? ` (${alert.summary})` : ''
  }`;
}

/** The latest end of the delivery's resolved alerts. */
function lastEnd(payload: AlertmanagerPayload): string {
  const ends = payload.alerts
    .map(a => a.endsAt)
    .filter(e => e && e !== NEVER)
    .sort();
  return ends.length ? utcTime(ends[ends.length - 1]) : 'an unknown time';
}

/**
 * What a delivery with changes does to the group's open incident, in the
 * state it is in now: a note listing the changed alerts; a higher priority
 * for a more severe firing alert; when every alert resolved, the workflow's
 * resolve (by monitoring, pending verification) if the incident may be
 * resolved now, else only the note; when alerts fire again on a resolved
 * incident, reopen.
 */
export function planAlertUpdate(options: {
  payload: AlertmanagerPayload;
  changes: AlertChange[];
  state: AlertGroupState;
  record: { state: string; priority: string };
  settings: AlertIntakeSettings;
}): AlertUpdatePlan {
  const { payload, changes, state, record, settings } = options;
  const lines = changes.slice(0, 50).map(changeLine);
  if (changes.length > 50) lines.push(`- and ${changes.length - 50} more`);
  if (payload.truncatedAlerts > 0) {
    lines.push(`(Alertmanager left out ${payload.truncatedAlerts} alerts.)`);
  }
  const firing = Object.values(state.alerts).filter(a => a.status === 'firing');
  let note = `Alertmanager: ${changes.length} alert${
    changes.length === 1 ? '' : 's'
  } changed.\n${lines.join('\n')}`;

  if (isGroupResolved(payload)) {
    const resolve = {
      action: 'resolve' as const,
      resolution: `Resolved by monitoring: Alertmanager reported every alert of the group resolved (last ended ${lastEnd(
        payload,
      )}).`,
      cause: 'Not yet analysed',
      verification: 'Pending verification by an agent',
      resolvedBy: 'monitoring' as const,
    };
    if (
      checkTransition(incidentWorkflow, record.state as any, 'resolve', resolve)
        .allowed
    ) {
      return { note, move: resolve };
    }
    const label =
      incidentWorkflow.stateLabels[
        record.state as keyof typeof incidentWorkflow.stateLabels
      ] ?? record.state;
    note += `\nEvery alert of the group is resolved; the incident is ${label}, so monitoring did not resolve it.`;
    return { note };
  }

  const best = highestPriority(
    firing.map(a =>
      priorityOfAlert(
        a.severity ? { [settings.severityLabel]: a.severity } : {},
        settings,
      ),
    ),
  );
  const plan: AlertUpdatePlan = { note };
  if (best && rank(best) < rank(record.priority)) {
    plan.raisePriority = best;
  }
  if (
    record.state === 'resolved' &&
    changes.some(c => c.kind === 'new' || c.kind === 'refired')
  ) {
    plan.move = {
      action: 'reopen',
      reason: 'Monitoring: alerts of the group are firing again',
    };
  }
  return plan;
}
