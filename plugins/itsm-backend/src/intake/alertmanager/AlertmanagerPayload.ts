/** Whether an alert (or, for a group, any of its alerts) is firing. */
export type AlertStatus = 'firing' | 'resolved';

/** One alert of an Alertmanager webhook notification. */
export type AlertmanagerAlert = {
  status: AlertStatus;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  /** `0001-01-01T00:00:00Z` while the alert fires. */
  endsAt: string;
  generatorURL: string;
  /** Identifies the alert (a hash of its labels) across notifications. */
  fingerprint: string;
};

/**
 * The body of Alertmanager's webhook notification, version 4, as it sends it
 * (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config).
 * One notification carries the alerts of one aggregation group, named by
 * `groupKey`.
 */
export type AlertmanagerPayload = {
  version: '4';
  groupKey: string;
  /** How many alerts were left out because of the receiver's `max_alerts`. */
  truncatedAlerts: number;
  /** `resolved` when every alert of the group is resolved. */
  status: AlertStatus;
  receiver: string;
  groupLabels: Record<string, string>;
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  externalURL: string;
  alerts: AlertmanagerAlert[];
};
