import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  iris,
  paula,
  rita,
  startImprovementBackend,
  wes,
} from '../__testUtils__/startImprovementBackend';
import { KpiSnapshotStore } from '../database/KpiSnapshotStore';
import { IndicatorService } from '../services/IndicatorService';
import { IndicatorTargets } from '../services/IndicatorTargets';
import { KpiSnapshotTask } from '../tasks/KpiSnapshotTask';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const checkout = 'component:default/checkout-service';
const storefront = 'component:default/storefront';
const payments = 'group:default/payments-team';
const web = 'group:default/web-team';

/** The figures of a scorecard by indicator id. */
const byId = (figures: { indicatorId: string }[]) =>
  Object.fromEntries(figures.map(f => [f.indicatorId, f])) as Record<
    string,
    any
  >;

const targets = {
  'incident-volume': {
    target: 3,
    warning: 5,
    critical: 10,
    groups: { [payments]: { target: 1, critical: 2 } },
    services: { [checkout]: { target: 10 } },
  },
  'incident-time-to-resolve': { target: 12, warning: 16, critical: 24 },
};

describe.each(databases.eachSupportedId())('the KPI figures on %p', id => {
  let call: Awaited<ReturnType<typeof startImprovementBackend>>['call'];
  let knex: Knex;

  /**
   * A small October 2026 by hand (the clock is later): five incidents
   * reported through the API, accepted, escalated, resolved and reopened
   * through it, then their times set to round values.
   *
   * | ref   | service    | group    | P  | created     | accepted | resolved        | notes
   * | INC-1 | checkout   | payments | P2 | 10-01 00:00 | +2 h     | +10 h           | L1, first contact
   * | INC-2 | checkout   | payments | P1 | 10-02 00:00 | +4 h     | +20 h           | escalated, and back
   * | INC-3 | storefront | web      | P3 | 10-03 00:00 | +6 h     | 10-04, reopened | open at the end
   * | INC-4 | storefront | web      | P3 | 10-20 00:00 | -        | -               | open at the end
   * | INC-5 | checkout   | payments | P4 | 09-15 00:00 | -        | 09-16 00:00     | September
   */
  beforeAll(async () => {
    ({ call, knex } = await startImprovementBackend(databases, id, {
      improvement: { targets, figureCache: '0s' },
    }));
    const report = async (
      title: string,
      priority: string,
      entityRef: string,
    ) => {
      const res = await call(wes).post('/incidents', {
        title,
        description: '',
        priority,
        entityRefs: [entityRef],
      });
      expect(res.status).toBe(201);
      return res.body as { ref: string; version: number };
    };
    const move = async (ref: string, body: object) => {
      const current = await call(wes).get(`/incidents/${ref}`);
      const res = await call(wes).post(`/incidents/${ref}/transitions`, {
        version: current.body.version,
        ...body,
      });
      expect([res.status, res.body.error?.message]).toEqual([200, undefined]);
    };
    const resolve = {
      action: 'resolve',
      resolution: 'Restarted',
      cause: 'A stuck worker',
      verification: 'It answers',
    };
    await report('Checkout slow', 'P2', checkout);
    await report('Checkout down', 'P1', checkout);
    await report('Storefront images missing', 'P3', storefront);
    await report('Storefront typo', 'P3', storefront);
    await report('Checkout receipt late', 'P4', checkout);
    for (const ref of ['INC-1', 'INC-2', 'INC-3']) {
      await move(ref, { action: 'accept', assignee: wes });
    }
    const inc2 = await call(wes).get('/incidents/INC-2');
    const escalated = await call(wes).post('/incidents/INC-2/escalations', {
      version: inc2.body.version,
      assignmentGroup: 'group:default/service-managers',
      supportTier: 'L2',
      reason: 'Needs the service managers',
    });
    if (escalated.status !== 200) {
      throw new Error(`escalation: ${escalated.body.error?.message}`);
    }
    for (const ref of ['INC-1', 'INC-2', 'INC-3', 'INC-5']) {
      await move(ref, resolve);
    }
    await move('INC-3', { action: 'reopen', reason: 'Still missing' });

    const at = (ref: string, row: Record<string, unknown>) =>
      knex('itsm_records')
        .where({ type: 'incident', number: Number(ref.slice(4)) })
        .update(row);
    await at('INC-1', {
      assignment_group: payments,
      support_tier: 'L1',
      created_at: '2026-10-01T00:00:00.000Z',
      accepted_at: '2026-10-01T02:00:00.000Z',
      resolved_at: '2026-10-01T10:00:00.000Z',
      first_resolved_at: '2026-10-01T10:00:00.000Z',
    });
    await at('INC-2', {
      assignment_group: payments,
      created_at: '2026-10-02T00:00:00.000Z',
      accepted_at: '2026-10-02T04:00:00.000Z',
      resolved_at: '2026-10-02T20:00:00.000Z',
      first_resolved_at: '2026-10-02T20:00:00.000Z',
    });
    await at('INC-3', {
      assignment_group: web,
      created_at: '2026-10-03T00:00:00.000Z',
      accepted_at: '2026-10-03T06:00:00.000Z',
      first_resolved_at: '2026-10-04T00:00:00.000Z',
    });
    await at('INC-4', {
      assignment_group: web,
      created_at: '2026-10-20T00:00:00.000Z',
    });
    await at('INC-5', {
      assignment_group: payments,
      created_at: '2026-09-15T00:00:00.000Z',
      resolved_at: '2026-09-16T00:00:00.000Z',
      first_resolved_at: '2026-09-16T00:00:00.000Z',
    });

    // The service level clocks: INC-1 met both, INC-2 breached its restore.
    const idOf = async (ref: string) =>
      (
        await knex('itsm_records')
          .where({ type: 'incident', number: Number(ref.slice(4)) })
          .first('id')
      ).id as string;
    const [id1, id2] = [await idOf('INC-1'), await idOf('INC-2')];
    await knex('itsm_sla_clocks').whereIn('record_id', [id1, id2]).delete();
    const clock = (
      recordId: string,
      kind: string,
      met: boolean,
      stoppedAt: string,
      breachedAt: string | null = null,
    ) => ({
      id: randomUUID(),
      record_id: recordId,
      kind,
      agreement_id: 'standard',
      priority: 'P2',
      calendar_id: 'office',
      target_minutes: 480,
      started_at: '2026-10-01T00:00:00.000Z',
      phase: 'stopped',
      idle_spans: '[]',
      elapsed_ms: 0,
      crossed: breachedAt ? 100 : 0,
      breached_at: breachedAt,
      met,
      updated_at: stoppedAt,
    });
    await knex('itsm_sla_clocks').insert([
      clock(id1, 'response', true, '2026-10-01T02:00:00.000Z'),
      clock(id1, 'restore', true, '2026-10-01T10:00:00.000Z'),
      clock(
        id2,
        'restore',
        false,
        '2026-10-02T20:00:00.000Z',
        '2026-10-02T12:00:00.000Z',
      ),
    ]);
  });

  it('computes the incident and service level figures of a month as counted by hand', async () => {
    const res = await call(rita).get('/kpis?period=2026-10');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: '2026-10',
      previousPeriod: '2026-09',
      scope: { kind: 'portal' },
    });
    const f = byId(res.body.figures);
    expect(f['incident-volume']).toMatchObject({
      value: 4,
      sample: 4,
      source: 'live',
      previousValue: 1,
      trend: 'worse',
      target: { target: 3, warning: 5, critical: 10, source: 'portal' },
      status: 'met',
      missesTarget: true,
    });
    expect(f['incident-time-to-accept']).toMatchObject({ value: 4, sample: 3 });
    expect(f['incident-time-to-resolve']).toMatchObject({
      value: 15,
      sample: 2,
      previousValue: 24,
      trend: 'better',
      status: 'met',
    });
    expect(f['incident-first-contact-resolution']).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(f['incident-reopen-rate']).toMatchObject({
      value: 33.33,
      numerator: 1,
      denominator: 3,
    });
    expect(f['incident-escalation-rate']).toMatchObject({ value: 50 });
    expect(f['incident-backlog']).toMatchObject({ value: 2 });
    expect(f['incident-backlog-age']).toMatchObject({ value: 20.5 });
    expect(f['incident-resolved-within-sla']).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(f['sla-compliance']).toMatchObject({
      value: 66.67,
      numerator: 2,
      denominator: 3,
    });
    expect(f['sla-breaches']).toMatchObject({ value: 1 });
    // Nothing measured is null, not zero.
    expect(f['problem-time-to-root-cause']).toMatchObject({
      value: null,
      status: 'none',
      trend: 'unknown',
    });
  });

  it("narrows to a group's or a service's records, with the target of that scope", async () => {
    const group = await call(paula).get(
      `/kpis?period=2026-10&group=${encodeURIComponent(payments)}`,
    );
    expect(group.status).toBe(200);
    expect(group.body.scope).toEqual({ kind: 'group', ref: payments });
    const g = byId(group.body.figures);
    expect(g['incident-volume']).toMatchObject({
      value: 2,
      target: { target: 1, critical: 2, source: 'group' },
      status: 'critical',
    });
    expect(g['incident-time-to-resolve']).toMatchObject({ value: 15 });
    expect(g['incident-backlog']).toMatchObject({ value: 0 });

    const service = await call(paula).get(
      `/kpis?period=2026-10&service=${encodeURIComponent(storefront)}`,
    );
    const s = byId(service.body.figures);
    expect(s['incident-volume']).toMatchObject({
      value: 2,
      target: { target: 3, source: 'portal' },
    });
    expect(s['incident-backlog']).toMatchObject({ value: 2 });
    expect(s['incident-backlog-age']).toMatchObject({ value: 20.5 });

    const checkoutCard = await call(paula).get(
      `/kpis?period=2026-10&service=checkout-service`,
    );
    expect(checkoutCard.body.scope).toEqual({ kind: 'service', ref: checkout });
    expect(byId(checkoutCard.body.figures)['incident-volume']).toMatchObject({
      value: 2,
      target: { target: 10, source: 'service' },
      status: 'met',
    });
  });

  it('breaks a figure down by priority, group and service, worst first', async () => {
    const priority = await call(wes).get(
      '/kpis/incident-volume/breakdown?by=priority&period=2026-10',
    );
    expect(priority.status).toBe(200);
    expect(
      priority.body.rows.map((r: any) => [r.key, r.value, r.status]),
    ).toEqual([
      ['P3', 2, 'met'],
      ['P1', 1, 'met'],
      ['P2', 1, 'met'],
    ]);
    const group = await call(wes).get(
      '/kpis/incident-volume/breakdown?by=group&period=2026-10',
    );
    expect(group.body.rows).toEqual([
      expect.objectContaining({
        key: payments,
        value: 2,
        status: 'critical',
        target: expect.objectContaining({ source: 'group' }),
      }),
      expect.objectContaining({ key: web, value: 2, status: 'met' }),
    ]);
    const service = await call(wes).get(
      '/kpis/incident-time-to-resolve/breakdown?by=service&period=2026-10',
    );
    expect(
      service.body.rows.map((r: any) => [r.key, r.value, r.sample]),
    ).toEqual([[checkout, 15, 2]]);
  });

  it('answers a breakdown again from the figure cache within its time', async () => {
    const service = (cacheMs: number) =>
      new IndicatorService({
        db: knex,
        targets: new IndicatorTargets({ configured: new Map() }),
        snapshots: new KpiSnapshotStore(knex),
        cacheMs,
      });
    const cached = service(60_000);
    const uncached = service(0);
    const p1 = async (indicators: IndicatorService) =>
      (
        await indicators.breakdown('incident-volume', 'priority', '2026-10', {
          kind: 'portal',
        })
      ).find(r => r.key === 'P1')?.value;
    expect(await p1(cached)).toBe(1);
    // INC-2, October's only P1, becomes a P2.
    const inc2 = () =>
      knex('itsm_records').where({ type: 'incident', number: 2 });
    await inc2().update({ priority: 'P2' });
    try {
      expect(await p1(cached)).toBe(1);
      expect(await p1(uncached)).toBeUndefined();
    } finally {
      await inc2().update({ priority: 'P1' });
    }
  });

  it('lists the records behind a figure and a breakdown row', async () => {
    const page = await call(rita).get(
      '/kpis/incident-backlog/records?period=2026-10',
    );
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      items: [
        expect.objectContaining({
          ref: 'INC-4',
          type: 'incident',
          priority: 'P3',
          assignmentGroup: web,
          entityRefs: [storefront],
          createdAt: '2026-10-20T00:00:00.000Z',
        }),
        expect.objectContaining({ ref: 'INC-3' }),
      ],
      hidden: 0,
    });
    const row = await call(rita).get(
      '/kpis/incident-volume/records?period=2026-10&by=priority&key=P1',
    );
    expect(row.body.items.map((i: any) => i.ref)).toEqual(['INC-2']);
    const first = await call(rita).get(
      '/kpis/incident-volume/records?period=2026-10&limit=3',
    );
    expect(first.body.items.map((i: any) => i.ref)).toEqual([
      'INC-4',
      'INC-3',
      'INC-2',
    ]);
    const next = await call(rita).get(
      `/kpis/incident-volume/records?period=2026-10&limit=3&cursor=${first.body.nextCursor}`,
    );
    expect(next.body).toEqual({
      items: [expect.objectContaining({ ref: 'INC-1' })],
      hidden: 0,
    });
  });

  it('hides the records behind a figure the caller may not read, and counts them', async () => {
    const indicators = new IndicatorService({
      db: knex,
      targets: new IndicatorTargets({ configured: new Map() }),
      snapshots: new KpiSnapshotStore(knex),
    });
    const page = await indicators.records(
      'incident-volume',
      { period: '2026-10', scope: { kind: 'portal' } },
      async () => ({ kind: 'assignmentGroupIn', groupRefs: [web] }),
    );
    expect(page.items.map(i => i.ref)).toEqual(['INC-4', 'INC-3']);
    expect(page.hidden).toBe(2);
  });

  it('keeps monthly snapshots once, and reads a past month from its snapshot after the records change', async () => {
    const task = new KpiSnapshotTask({
      db: knex,
      indicators: new IndicatorService({
        db: knex,
        targets: new IndicatorTargets({ configured: new Map() }),
        snapshots: new KpiSnapshotStore(knex),
        now: () => new Date('2026-11-02T01:00:00Z'),
      }),
      targets: new IndicatorTargets({ configured: new Map() }),
      snapshots: new KpiSnapshotStore(knex),
      logger: mockServices.logger.mock(),
      now: () => new Date('2026-11-02T01:00:00Z'),
    });
    const taken = await task.run();
    const rows = () =>
      knex('itsm_kpi_snapshots')
        .where('period', '2026-10')
        .orderBy(['indicator_id', 'scope'])
        .select();
    const first = await rows();
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first.map(r => r.scope))).toEqual(
      new Set([
        'portal',
        `group:${payments}`,
        `group:${web}`,
        `service:${checkout}`,
        `service:${storefront}`,
      ]),
    );
    expect(
      first.find(
        r => r.indicator_id === 'incident-volume' && r.scope === `group:${web}`,
      ),
    ).toMatchObject({ value: 2, sample: 2, status: 'none' });
    expect(taken).toBe(first.length);
    expect(await task.run()).toBe(0);
    expect(await rows()).toEqual(first);

    // A record moved into October later changes the live figure, not the kept one.
    await knex('itsm_records')
      .where({ type: 'incident', number: 5 })
      .update({ created_at: '2026-10-25T00:00:00.000Z' });
    const series = await call(wes).get('/kpis/incident-volume/series?months=4');
    expect(series.status).toBe(200);
    const points = series.body.points;
    expect(points.map((p: any) => p.period)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(points[1]).toMatchObject({ value: 4, source: 'snapshot' });
    expect(points[0]).toMatchObject({ value: 0, source: 'live' });
    const card = await call(wes).get('/kpis?period=2026-10');
    expect(byId(card.body.figures)['incident-volume']).toMatchObject({
      value: 4,
      previousValue: 0,
      source: 'snapshot',
    });
    await knex('itsm_records')
      .where({ type: 'incident', number: 5 })
      .update({ created_at: '2026-09-15T00:00:00.000Z' });
  });

  it('refuses an unknown indicator, a breakdown it has not, a future period, and both scopes at once', async () => {
    const unknown = await call(wes).get('/kpis/incident-happiness/series');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/incident-happiness/);
    const by = await call(wes).get('/kpis/incident-volume/breakdown?by=model');
    expect(by.status).toBe(400);
    expect(by.body.error.message).toMatch(/^by/);
    const future = await call(wes).get('/kpis?period=2099-01');
    expect(future.status).toBe(400);
    expect(future.body.error.message).toMatch(/^period/);
    const both = await call(wes).get(
      `/kpis?group=${encodeURIComponent(web)}&service=storefront`,
    );
    expect(both.status).toBe(400);
    expect(both.body.error.message).toMatch(/^group/);
    const half = await call(wes).get(
      '/kpis/incident-volume/records?by=priority',
    );
    expect(half.status).toBe(400);
    expect(half.body.error.message).toMatch(/^key/);
    const current = await call(iris).get('/kpis');
    expect(current.status).toBe(200);
    expect(current.body.period).toBe(new Date().toISOString().slice(0, 7));
  });
});
