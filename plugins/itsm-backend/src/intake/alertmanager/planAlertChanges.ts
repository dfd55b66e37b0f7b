import { AlertmanagerPayload, AlertStatus } from './AlertmanagerPayload';
import { AlertIntakeSettings } from './alertIntakeSettings';
import { alertNameOf, summaryOf } from './describeAlerts';

/** What intake remembers of one alert between deliveries. */
export type AlertSnapshot = {
  status: AlertStatus;
  name: string;
  severity?: string;
  startsAt: string;
  endsAt?: string;
  summary?: string;
};

/** What intake remembers of a group: its alerts by fingerprint. */
export type AlertGroupState = { alerts: Record<string, AlertSnapshot> };

/** How an alert differs from the last delivery. */
export type AlertChange = {
  fingerprint: string;
  kind: 'new' | 'refired' | 'severity' | 'resolved';
  alert: AlertSnapshot;
};

/** A group remembers at most this many alerts (resolved ones go first). */
const MAX_REMEMBERED = 1000;
const NEVER = '0001-01-01T00:00:00Z';

function snapshotsOf(
  payload: AlertmanagerPayload,
  settings: AlertIntakeSettings,
) {
  return payload.alerts.map(alert => {
    const severity = alert.labels[settings.severityLabel];
    const summary = summaryOf(alert);
    const snapshot: AlertSnapshot = {
      status: alert.status,
      name: alertNameOf(alert),
      startsAt: alert.startsAt,
      ...(severity ? { severity } : {}),
      ...(alert.status === 'resolved' && alert.endsAt && alert.endsAt !== NEVER
        ? { endsAt: alert.endsAt }
        : {}),
      ...(summary ? { summary: summary.slice(0, 300) } : {}),
    };
    return { fingerprint: alert.fingerprint, snapshot };
  });
}

function changeOf(
  before: AlertSnapshot | undefined,
  now: AlertSnapshot,
): AlertChange['kind'] | undefined {
  if (now.status === 'resolved') {
    return before?.status === 'resolved' ? undefined : 'resolved';
  }
  if (!before) return 'new';
  if (before.status === 'resolved' || before.startsAt !== now.startsAt) {
    return 'refired';
  }
  return before.severity !== now.severity ? 'severity' : undefined;
}

/**
 * Compares a delivery with what the group's alerts were: the new state to
 * remember and the alerts that are new, fire again, changed severity or
 * resolved. No changes means a repeated delivery: nothing to record.
 */
export function planAlertChanges(
  previous: AlertGroupState | undefined,
  payload: AlertmanagerPayload,
  settings: AlertIntakeSettings,
): { state: AlertGroupState; changes: AlertChange[] } {
  const alerts = { ...previous?.alerts };
  const changes: AlertChange[] = [];
  for (const { fingerprint, snapshot } of snapshotsOf(payload, settings)) {
    const kind = changeOf(alerts[fingerprint], snapshot);
    if (kind) changes.push({ fingerprint, kind, alert: snapshot });
    delete alerts[fingerprint]; // re-added last: the newest stay longest
    alerts[fingerprint] = snapshot;
  }
  let count = Object.keys(alerts).length;
  for (const key of Object.keys(alerts)) {
    if (count <= MAX_REMEMBERED) break;
    if (alerts[key].status === 'resolved') {
      delete alerts[key];
      count--;
    }
  }
  return { state: { alerts }, changes };
}
