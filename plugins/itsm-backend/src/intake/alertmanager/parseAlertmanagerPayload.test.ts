import firing from './__fixtures__/high-latency-firing.json';
import resolved from './__fixtures__/high-latency-resolved.json';
import critical from './__fixtures__/ledger-db-critical.json';
import { parseAlertmanagerPayload } from './parseAlertmanagerPayload';

const copy = <T>(value: T): any => JSON.parse(JSON.stringify(value));

describe('parseAlertmanagerPayload', () => {
  it.each([
    ['a firing group', firing],
    ['a resolved group', resolved],
    ['a truncated group of two severities', critical],
  ])('accepts %s as Alertmanager sends it', (_, sample) => {
    const payload = parseAlertmanagerPayload(copy(sample));
    expect(payload.version).toBe('4');
    expect(payload.groupKey).toBe(sample.groupKey);
    expect(payload.status).toBe(sample.status);
    expect(payload.truncatedAlerts).toBe(sample.truncatedAlerts);
    expect(payload.alerts.map(a => a.fingerprint)).toEqual(
      sample.alerts.map(a => a.fingerprint),
    );
    expect(payload.alerts[0].labels).toEqual(sample.alerts[0].labels);
  });

  it('accepts fields a later Alertmanager may add, and a missing truncatedAlerts', () => {
    const body = copy(firing);
    body.somethingNew = { x: 1 };
    delete body.truncatedAlerts;
    expect(parseAlertmanagerPayload(body).truncatedAlerts).toBe(0);
  });

  it.each([
    [(b: any) => (b.version = '3'), /^version must be "4"/],
    [(b: any) => delete b.version, /^version is required/],
    [(b: any) => (b.groupKey = '  '), /^groupKey must not be blank/],
    [(b: any) => (b.groupKey = 42), /^groupKey must be a string/],
    [(b: any) => (b.status = 'pending'), /^status must be firing or resolved/],
    [(b: any) => (b.truncatedAlerts = -1), /^truncatedAlerts must be/],
    [(b: any) => (b.alerts = []), /^alerts must not be empty/],
    [(b: any) => (b.alerts = {}), /^alerts must be an array/],
    [(b: any) => delete b.alerts, /^alerts is required/],
    [(b: any) => (b.commonLabels = []), /^commonLabels must be an object/],
    [
      (b: any) => (b.alerts[0].labels.severity = 2),
      /^alerts\[0\]\.labels\.severity must be a string/,
    ],
    [
      (b: any) => delete b.alerts[0].fingerprint,
      /^alerts\[0\]\.fingerprint is required/,
    ],
    [
      (b: any) => (b.alerts[0].startsAt = 'yesterday'),
      /^alerts\[0\]\.startsAt must be an RFC 3339 time/,
    ],
    [
      (b: any) => (b.alerts[0].status = 'FIRING'),
      /^alerts\[0\]\.status must be firing or resolved/,
    ],
    [(b: any) => (b.alerts[0] = 'alert'), /^alerts\[0\] must be an object/],
  ])('refuses %s with a message naming the field', (change, message) => {
    const body = copy(firing);
    change(body);
    expect(() => parseAlertmanagerPayload(body)).toThrow(message);
  });

  it('refuses a body that is not an object', () => {
    expect(() => parseAlertmanagerPayload('x')).toThrow(
      /body must be an object/,
    );
    expect(() => parseAlertmanagerPayload(null)).toThrow(
      /body must be an object/,
    );
  });
});
