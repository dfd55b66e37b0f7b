import { defaultAlertIntakeSettings as settings } from './alertIntakeSettings';
import firingSample from './__fixtures__/high-latency-firing.json';
import moreSample from './__fixtures__/high-latency-firing-more.json';
import resolvedSample from './__fixtures__/high-latency-resolved.json';
import { AlertmanagerPayload } from './AlertmanagerPayload';
import { parseAlertmanagerPayload } from './parseAlertmanagerPayload';
import { planAlertChanges } from './planAlertChanges';

const load = (sample: unknown): AlertmanagerPayload =>
  parseAlertmanagerPayload(JSON.parse(JSON.stringify(sample)));

const firing = load(firingSample);
const more = load(moreSample);
const resolved = load(resolvedSample);

describe('planAlertChanges', () => {
  it('finds nothing new in a repeated delivery (idempotent)', () => {
    const first = planAlertChanges(undefined, firing, settings);
    expect(first.changes.map(c => c.kind)).toEqual(['new']);
    const again = planAlertChanges(first.state, firing, settings);
    expect(again.changes).toEqual([]);
    expect(again.state).toEqual(first.state);
  });

  it('ignores annotations that change with every evaluation', () => {
    const first = planAlertChanges(undefined, firing, settings).state;
    const changed = load(firingSample);
    changed.alerts[0].annotations.description = 'p95 is 9.99s';
    expect(planAlertChanges(first, changed, settings).changes).toEqual([]);
  });

  it('lists a new alert by its fingerprint', () => {
    const first = planAlertChanges(undefined, firing, settings).state;
    const { changes } = planAlertChanges(first, more, settings);
    expect(changes).toEqual([
      expect.objectContaining({ fingerprint: 'b81d04c6e95f3a20', kind: 'new' }),
    ]);
  });

  it('notices resolution, firing again and a new severity', () => {
    const first = planAlertChanges(undefined, more, settings).state;
    const ended = planAlertChanges(first, resolved, settings);
    expect(ended.changes.map(c => c.kind)).toEqual(['resolved', 'resolved']);
    expect(ended.changes[0].alert.endsAt).toBe('2026-11-24T10:31:13.338Z');

    const refired = planAlertChanges(ended.state, more, settings);
    expect(refired.changes.map(c => c.kind)).toEqual(['refired', 'refired']);

    const restarted = load(moreSample);
    restarted.alerts[0].startsAt = '2026-11-24T12:00:00Z';
    restarted.alerts[1].labels.severity = 'warning';
    expect(
      planAlertChanges(first, restarted, settings).changes.map(c => c.kind),
    ).toEqual(['refired', 'severity']);
  });
});
