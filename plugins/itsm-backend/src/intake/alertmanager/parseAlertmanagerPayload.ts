import { InputError } from '@backstage/errors';
import {
  AlertmanagerAlert,
  AlertmanagerPayload,
  AlertStatus,
} from './AlertmanagerPayload';

const STATUSES: readonly AlertStatus[] = ['firing', 'resolved'];
const MAX_GROUP_KEY_LENGTH = 10_000;

type Json = Record<string, unknown>;

function fail(field: string, message: string): never {
  throw new InputError(`${field} ${message}`);
}

function objectAt(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(field, 'must be an object');
  }
  return value as Json;
}

function stringAt(
  from: Json,
  key: string,
  path: string,
  options: { required?: boolean; nonEmpty?: boolean; maxLength?: number } = {},
): string {
  const value = from[key];
  const field = `${path}${key}`;
  if (value === undefined && options.required === false) {
    return '';
  }
  if (typeof value !== 'string') {
    return fail(
      field,
      value === undefined ? 'is required' : 'must be a string',
    );
  }
  if (options.nonEmpty && !value.trim()) {
    return fail(field, 'must not be blank');
  }
  if (options.maxLength !== undefined && value.length > options.maxLength) {
    return fail(field, `must be at most ${options.maxLength} characters`);
  }
  return value;
}

function statusAt(from: Json, path: string): AlertStatus {
  const value = stringAt(from, 'status', path);
  if (!STATUSES.includes(value as AlertStatus)) {
    return fail(`${path}status`, `must be firing or resolved, not '${value}'`);
  }
  return value as AlertStatus;
}

function timeAt(from: Json, key: string, path: string, required: boolean) {
  const value = stringAt(from, key, path, { required });
  if (value && Number.isNaN(Date.parse(value))) {
    return fail(`${path}${key}`, `must be an RFC 3339 time, not '${value}'`);
  }
  return value;
}

/** Label and annotation sets: objects of strings. */
function labelsAt(
  from: Json,
  key: string,
  path: string,
  required = true,
): Record<string, string> {
  if (from[key] === undefined && !required) {
    return {};
  }
  if (from[key] === undefined) {
    return fail(`${path}${key}`, 'is required');
  }
  const labels = objectAt(from[key], `${path}${key}`);
  for (const [name, value] of Object.entries(labels)) {
    if (typeof value !== 'string') {
      fail(`${path}${key}.${name}`, 'must be a string');
    }
  }
  return labels as Record<string, string>;
}

function parseAlert(value: unknown, index: number): AlertmanagerAlert {
  const path = `alerts[${index}].`;
  const alert = objectAt(value, `alerts[${index}]`);
  return {
    status: statusAt(alert, path),
    labels: labelsAt(alert, 'labels', path),
    annotations: labelsAt(alert, 'annotations', path, false),
    startsAt: timeAt(alert, 'startsAt', path, true),
    endsAt: timeAt(alert, 'endsAt', path, false),
    generatorURL: stringAt(alert, 'generatorURL', path, { required: false }),
    fingerprint: stringAt(alert, 'fingerprint', path, {
      nonEmpty: true,
      maxLength: 128,
    }),
  };
}

/**
 * Checks that a request body is an Alertmanager webhook notification of
 * version 4 and returns it typed; a 400 naming the first field that is not
 * as Alertmanager sends it. Fields Alertmanager may add later are ignored.
 */
export function parseAlertmanagerPayload(body: unknown): AlertmanagerPayload {
  const payload = objectAt(body, 'body');
  const version = stringAt(payload, 'version', '');
  if (version !== '4') {
    fail(
      'version',
      `must be "4" (Alertmanager's webhook format), not '${version}'`,
    );
  }
  const groupKey = stringAt(payload, 'groupKey', '', {
    nonEmpty: true,
    maxLength: MAX_GROUP_KEY_LENGTH,
  });
  const status = statusAt(payload, '');
  const truncated = payload.truncatedAlerts ?? 0;
  if (
    typeof truncated !== 'number' ||
    !Number.isInteger(truncated) ||
    truncated < 0
  ) {
    fail('truncatedAlerts', 'must be a whole number of at least 0');
  }
  if (!Array.isArray(payload.alerts)) {
    fail(
      'alerts',
      payload.alerts === undefined ? 'is required' : 'must be an array',
    );
  }
  const alerts = (payload.alerts as unknown[]).map(parseAlert);
  if (alerts.length === 0) {
    fail('alerts', 'must not be empty');
  }
  return {
    version: '4',
    groupKey,
    truncatedAlerts: truncated,
    status,
    receiver: stringAt(payload, 'receiver', '', { required: false }),
    groupLabels: labelsAt(payload, 'groupLabels', '', false),
    commonLabels: labelsAt(payload, 'commonLabels', '', false),
    commonAnnotations: labelsAt(payload, 'commonAnnotations', '', false),
    externalURL: stringAt(payload, 'externalURL', '', { required: false }),
    alerts,
  };
}
