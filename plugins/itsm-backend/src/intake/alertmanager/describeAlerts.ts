import { utcTime } from '../../core/domain/utcTime';
import { AlertmanagerAlert, AlertmanagerPayload } from './AlertmanagerPayload';

/** What an alert says about itself, in one line. */
export function summaryOf(
  alert: Pick<AlertmanagerAlert, 'annotations'>,
): string | undefined {
  const { summary, description, message } = alert.annotations;
  return (summary || description || message || undefined)?.trim();
}

export function alertNameOf(alert: Pick<AlertmanagerAlert, 'labels'>): string {
  return alert.labels.alertname || 'Alert';
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The title of the incident a group of firing alerts opens (≤ 200 chars). */
export function titleOf(
  payload: AlertmanagerPayload,
  firing: AlertmanagerAlert[],
): string {
  const names = [...new Set(firing.map(alertNameOf))];
  const summary =
    payload.commonAnnotations.summary?.trim() ||
    (firing.length === 1 ? summaryOf(firing[0]) : undefined);
  let title: string;
  if (names.length === 1) {
    const count = firing.length > 1 ? ` (${firing.length} alerts)` : '';
    title = summary ? `${names[0]}${count}: ${summary}` : `${names[0]}${count}`;
  } else {
    title = `${firing.length} alerts: ${names.join(', ')}`;
  }
  return clip(title.replace(/\s+/g, ' '), 200);
}

function labelText(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map(name => `${name}=${labels[name]}`)
    .join(', ');
}

/** One alert, in a few lines of the description. */
function alertText(alert: AlertmanagerAlert, severityLabel: string): string {
  const severity = alert.labels[severityLabel];
  const lines = [
    `- ${alertNameOf(alert)}${severity ? ` [${severity}]` : ''} ${
      alert.status
    } since ${utcTime(alert.startsAt)}, fingerprint ${alert.fingerprint}`,
  ];
  const summary = summaryOf(alert);
  if (summary) lines.push(`  ${clip(summary, 500)}`);
  lines.push(`  Labels: ${clip(labelText(alert.labels), 1000)}`);
  if (alert.generatorURL) lines.push(`  Source: ${alert.generatorURL}`);
  return lines.join('\n');
}

/** At most this many alerts are described one by one. */
const MAX_DESCRIBED = 50;

/** The description of the incident a group of firing alerts opens. */
export function descriptionOf(
  payload: AlertmanagerPayload,
  firing: AlertmanagerAlert[],
  severityLabel: string,
): string {
  const parts = [
    `Alertmanager reported ${firing.length} firing alert${
      firing.length === 1 ? '' : 's'
    } (receiver "${payload.receiver}", group ${payload.groupKey}).`,
  ];
  const detail = payload.commonAnnotations.description?.trim();
  if (detail) parts.push(clip(detail, 2000));
  parts.push(
    firing
      .slice(0, MAX_DESCRIBED)
      .map(alert => alertText(alert, severityLabel))
      .join('\n'),
  );
  const omitted =
    Math.max(0, firing.length - MAX_DESCRIBED) + payload.truncatedAlerts;
  if (omitted > 0) {
    parts.push(`${omitted} more alerts of the group are not listed.`);
  }
  if (payload.externalURL) parts.push(`Alertmanager: ${payload.externalURL}`);
  return clip(parts.join('\n\n'), 20_000);
}
