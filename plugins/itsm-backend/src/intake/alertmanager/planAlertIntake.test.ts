import { defaultAlertIntakeSettings as settings } from './alertIntakeSettings';
import firingSample from './__fixtures__/high-latency-firing.json';
import moreSample from './__fixtures__/high-latency-firing-more.json';
import resolvedSample from './__fixtures__/high-latency-resolved.json';
import warningSample from './__fixtures__/ledger-db-warning.json';
import criticalSample from './__fixtures__/ledger-db-critical.json';
import { AlertmanagerPayload } from './AlertmanagerPayload';
import { parseAlertmanagerPayload } from './parseAlertmanagerPayload';
import { planAlertChanges } from './planAlertChanges';
import {
  highestPriority,
  planAlertUpdate,
  planNewAlertIncident,
} from './planAlertIntake';

const load = (sample: unknown): AlertmanagerPayload =>
  parseAlertmanagerPayload(JSON.parse(JSON.stringify(sample)));

const firing = load(firingSample);
const more = load(moreSample);
const resolved = load(resolvedSample);
const warning = load(warningSample);
const critical = load(criticalSample);
const now = '2026-11-24T10:10:00.000Z';

describe('planNewAlertIncident', () => {
  it('titles, describes and prioritises a firing group', () => {
    const plan = planNewAlertIncident(firing, settings, now);
    expect(plan).toMatchObject({
      title: 'HighLatency: Checkout p95 latency above 2s',
      priority: 'P1',
      occurredAt: '2026-11-24T10:02:13.338Z',
    });
    expect(plan.description).toContain(
      'Alertmanager reported 1 firing alert (receiver "itsm", group {}/{severity="critical"}:{alertname="HighLatency"}).',
    );
    expect(plan.description).toContain('fingerprint 3fa8c2e1d0b4a7f2');
    expect(plan.description).toContain('Source: http://prometheus-0');
    expect(plan.description).toContain(
      'Alertmanager: http://alertmanager-0.monitoring:9093',
    );
  });

  it('takes the most severe alert, counts what Alertmanager left out', () => {
    const plan = planNewAlertIncident(critical, settings, now);
    expect(plan.priority).toBe('P1');
    expect(plan.title).toBe('PostgresReplicationLag (2 alerts)');
    expect(plan.description).toContain('3 more alerts of the group');
    expect(planNewAlertIncident(warning, settings, now).priority).toBe('P3');
  });

  it('keeps the title within 200 characters and the start in the past', () => {
    const long = load(firingSample);
    long.commonAnnotations.summary = 'x'.repeat(500);
    long.alerts[0].startsAt = '2027-01-01T00:00:00Z';
    const plan = planNewAlertIncident(long, settings, now);
    expect(plan.title).toHaveLength(200);
    expect(plan.occurredAt).toBe(now);
  });

  it('names the alerts of a group of several alert names', () => {
    const mixed = load(criticalSample);
    mixed.alerts[1].labels.alertname = 'PostgresDown';
    expect(planNewAlertIncident(mixed, settings, now).title).toBe(
      '2 alerts: PostgresReplicationLag, PostgresDown',
    );
  });
});

describe('planAlertUpdate', () => {
  const record = { state: 'in_progress', priority: 'P1' };

  it('notes new alerts without a move', () => {
    const before = planAlertChanges(undefined, firing, settings).state;
    const { state, changes } = planAlertChanges(before, more, settings);
    const plan = planAlertUpdate({
      payload: more,
      changes,
      state,
      record,
      settings,
    });
    expect(plan.move).toBeUndefined();
    expect(plan.raisePriority).toBeUndefined();
    expect(plan.note).toMatch(/^Alertmanager: 1 alert changed\./);
    expect(plan.note).toContain(
      '- new: HighLatency [critical] b81d04c6e95f3a20, since 24 Nov 2026, 10:06 UTC',
    );
  });

  it('raises the priority for a more severe alert', () => {
    const before = planAlertChanges(undefined, warning, settings).state;
    const { state, changes } = planAlertChanges(before, critical, settings);
    const plan = planAlertUpdate({
      payload: critical,
      changes,
      state,
      record: { state: 'new', priority: 'P3' },
      settings,
    });
    expect(plan.raisePriority).toBe('P1');
    expect(plan.note).toContain('Alertmanager left out 3 alerts');
    const lowered = planAlertUpdate({
      payload: critical,
      changes,
      state,
      record: { state: 'new', priority: 'P1' },
      settings,
    });
    expect(lowered.raisePriority).toBeUndefined();
  });

  it.each(['new', 'accepted', 'in_progress'])(
    'resolves a %s incident by monitoring when every alert resolved',
    state => {
      const before = planAlertChanges(undefined, more, settings).state;
      const next = planAlertChanges(before, resolved, settings);
      const plan = planAlertUpdate({
        payload: resolved,
        ...next,
        record: { state, priority: 'P1' },
        settings,
      });
      expect(plan.move).toEqual({
        action: 'resolve',
        resolution:
          'Resolved by monitoring: Alertmanager reported every alert of the group resolved (last ended 24 Nov 2026, 10:33 UTC).',
        cause: 'Not yet analysed',
        verification: 'Pending verification by an agent',
        resolvedBy: 'monitoring',
      });
    },
  );

  it.each([
    ['on_hold', 'On hold'],
    ['resolved', 'Resolved'],
  ])(
    'only notes resolution on a %s incident, which may not be resolved',
    (state, label) => {
      const before = planAlertChanges(undefined, more, settings).state;
      const next = planAlertChanges(before, resolved, settings);
      const plan = planAlertUpdate({
        payload: resolved,
        ...next,
        record: { state, priority: 'P1' },
        settings,
      });
      expect(plan.move).toBeUndefined();
      expect(plan.note).toContain(
        `the incident is ${label}, so monitoring did not resolve it`,
      );
    },
  );

  it('reopens a resolved incident when its alerts fire again', () => {
    const before = planAlertChanges(undefined, more, settings).state;
    const ended = planAlertChanges(before, resolved, settings).state;
    const next = planAlertChanges(ended, more, settings);
    const plan = planAlertUpdate({
      payload: more,
      ...next,
      record: { state: 'resolved', priority: 'P1' },
      settings,
    });
    expect(plan.move).toEqual({
      action: 'reopen',
      reason: 'Monitoring: alerts of the group are firing again',
    });
  });
});

describe('highestPriority', () => {
  it('takes P1 before P4', () => {
    expect(highestPriority(['P3', 'P1', 'P4'])).toBe('P1');
    expect(highestPriority([])).toBeUndefined();
  });
});
