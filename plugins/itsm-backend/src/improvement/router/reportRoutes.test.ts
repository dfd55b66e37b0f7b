import { monthOf, monthPeriod } from '@backstage-itsm/plugin-itsm-common';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import {
  iris,
  milo,
  rita,
  startImprovementBackend,
  wes,
} from '../__testUtils__/startImprovementBackend';
import { DatabasePeriodicReportStore } from '../database/DatabasePeriodicReportStore';
import { IndicatorReader } from '../indicators/IndicatorComputation';
import { PeriodicReportService } from '../services/PeriodicReportService';
import { MonthlyReportTask } from '../tasks/MonthlyReportTask';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const payments = 'group:default/payments-team';
const checkout = 'component:default/checkout-service';
const managers = 'group:default/service-managers';

/** Last month, which the reports cover; and the month before it. */
const lastMonth = monthOf(new Date(), -1);
const monthBefore = monthOf(new Date(), -2);
const midMonth = (month: string) =>
  new Date(Date.parse(monthPeriod(month).from) + 10 * 86_400_000).toISOString();

/** The figures of the fake reader: [the month before, last month]. */
const fakeFigures: Record<string, [number, number]> = {
  'incident-volume': [10, 12],
  'incident-first-contact-resolution': [80, 62.5],
};
/** The status of last month's figure against its target. */
const fakeStatus: Record<string, 'met' | 'critical'> = {
  'incident-volume': 'met',
  'incident-first-contact-resolution': 'critical',
};

/**
 * Incidents reported: 12 last month against 10 before, target met; first
 * contact resolution 62.5 % against 80 %, critical; nothing else measured.
 */
const fakeReader: IndicatorReader = {
  value: async () => ({ value: null, sample: 0 }),
  series: async (id, months) =>
    months.map((period, i) => ({
      period,
      figure: fakeFigures[id]
        ? { value: fakeFigures[id][i], sample: 1 }
        : { value: null, sample: 0 },
      status: i === 1 ? fakeStatus[id] ?? 'none' : 'none',
      missesTarget: false,
    })),
};

/** A record the setup needs: made, or the run stops saying why. */
async function made(res: Promise<{ status: number; body: any }>) {
  const { status, body } = await res;
  if (status !== 201) throw new Error(`${status} ${JSON.stringify(body)}`);
  return body;
}

describe.each(databases.eachSupportedId())('periodic reports on %p', id => {
  let call: Awaited<ReturnType<typeof startImprovementBackend>>['call'];
  let sent: NotificationSendOptions[];
  let knex: Knex;

  beforeAll(async () => {
    ({ call, sent, knex } = await startImprovementBackend(databases, id, {
      improvement: { reports: { recipients: [managers] } },
    }));
    // Last month: two P2 incidents of payments on checkout, one P3 of the web
    // team with a category; an improvement item opened; one the month before.
    for (const [priority, group] of [
      ['P2', payments],
      ['P2', payments],
      ['P3', 'group:default/web-team'],
    ] as const) {
      await made(
        call(wes).post('/incidents', {
          title: 'Checkout fails',
          description: 'HTTP 500',
          entityRefs: [checkout],
          priority,
          assignmentGroup: group,
        }),
      );
    }
    await made(
      call(wes).post('/improvements', {
        title: 'Retry the ledger',
        description: '',
        entityRefs: [],
        owner: payments,
      }),
    );
    await knex('itsm_records').update({ created_at: midMonth(lastMonth) });
    await knex('itsm_records')
      .where({ type: 'incident', priority: 'P3' })
      .update({ category: 'network' });
    await call(wes).post('/incidents', {
      title: 'Old one',
      description: '',
      entityRefs: [checkout],
      priority: 'P1',
    });
    await knex('itsm_records')
      .where({ title: 'Old one' })
      .update({ created_at: midMonth(monthBefore) });
  });

  it('lets only improvement managers generate a report, of a past month and a real scope', async () => {
    const denied = await call(wes).post('/reports', {
      scope: 'portal',
      period: lastMonth,
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/itsm\.improvement\.manage/);
    const cases: [object, RegExp][] = [
      [
        { scope: 'portal', period: monthOf(new Date()) },
        /^period .* has not ended/,
      ],
      [
        { scope: 'portal', period: '2026-13' },
        /^period '2026-13' is not a month/,
      ],
      [
        { scope: 'user:default/wes.web', period: lastMonth },
        /^scope .* is a user/,
      ],
      [{ scope: 'group:default/nobody', period: lastMonth }, /^scope\[0\]/],
      [{ scope: 'not a ref!', period: lastMonth }, /^scope/],
    ];
    for (const [body, message] of cases) {
      const res = await call(iris).post('/reports', body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
  });

  it('generates, keeps and announces the report of a scope, readable by everyone signed in', async () => {
    const before = sent.length;
    const created = await call(iris).post('/reports', {
      scope: 'portal',
      period: lastMonth,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      scope: 'portal',
      scopeKind: 'portal',
      period: lastMonth,
      generatedBy: iris,
    });
    expect(created.body.markdown).toContain(
      `# Monthly report: the portal, ${lastMonth}`,
    );
    expect(created.body.markdown).toContain('3 incidents opened in the month.');
    expect(created.body.markdown).toContain('| P2 - High | 2 |');
    expect(created.body.markdown).toContain('| network | 1 |');
    expect(created.body.markdown).toContain('| Uncategorised | 2 |');
    expect(created.body.markdown).toContain(
      '1 improvement item opened, 0 closed.',
    );
    expect(created.body.markdown).toContain('## Service levels (§8.3)');
    expect(created.body.csv.split('\n')[0]).toBe(
      'Section,Item,Key,Value,Unit,Previous,Status,Trend',
    );
    expect(created.body.csv).toContain('Incidents,By priority,P2,2,count');
    expect(sent.slice(before)).toEqual([
      expect.objectContaining({
        recipients: { type: 'entity', entityRef: [managers] },
        payload: expect.objectContaining({
          title: `Monthly report: the portal, ${lastMonth}`,
          link: `/itsm/reports/portal/${lastMonth}`,
        }),
      }),
    ]);

    const group = await call(milo).post('/reports', {
      scope: payments,
      period: lastMonth,
    });
    expect(group.status).toBe(201);
    expect(group.body.markdown).toContain('2 incidents opened in the month.');
    expect(group.body.markdown).not.toContain('Configuration status');

    const list = await call(rita).get('/reports');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ scope: payments, period: lastMonth }),
      expect.objectContaining({ scope: 'portal', period: lastMonth }),
    ]);
    expect(list.body.items[0].markdown).toBeUndefined();
    const onlyGroup = await call(rita).get(
      `/reports?scope=${encodeURIComponent(payments)}`,
    );
    expect(onlyGroup.body.items).toHaveLength(1);

    const read = await call(rita).get(
      `/reports/${encodeURIComponent(payments)}/${lastMonth}`,
    );
    expect(read.status).toBe(200);
    expect(read.body.csv).toBe(group.body.csv);
    const missing = await call(rita).get(`/reports/portal/${monthBefore}`);
    expect(missing.status).toBe(404);

    // Generated again: the new text replaces the kept one.
    const again = await call(iris).post('/reports', {
      scope: 'portal',
      period: lastMonth,
    });
    expect(again.status).toBe(201);
    expect((await call(rita).get('/reports')).body.items).toHaveLength(2);
  });

  it('writes the indicators against target and the previous month, and the other processes’ figures', async () => {
    const service = reportService(knex, {
      indicators: fakeReader,
      serviceLevels: async () => ({
        response: { met: 3, breached: 1, pending: 0, percent: 75 },
        restore: { met: 2, breached: 0, pending: 1, percent: 100 },
      }),
      configurationStatus: async () => ({
        total: 7,
        staleDays: 90,
        counts: { noOwner: 1, unclassified: 2, noSupportGroup: 3, stale: 4 },
      }),
    });
    const report = await service.generate(
      { scope: 'portal', kind: 'portal', indicatorScope: { kind: 'portal' } },
      lastMonth,
      'schedule',
    );
    expect(report.markdown).toContain(
      `| Incidents | Incidents reported | §2.3.4 | 12 | 10 | Worse | Met |`,
    );
    expect(report.markdown).toContain(
      `| Incidents | First-contact resolution | §2.3.4 | 62.5 % | 80.0 % | Worse | Critical |`,
    );
    expect(report.markdown).toContain('| Response | 3 | 1 | 0 | 75.0 % |');
    expect(report.markdown).toContain('| Without a support group | 3 |');
    expect(report.markdown).toContain('| Unchanged for 90 days | 4 |');
    const csv = report.csv.split('\n');
    expect(csv).toContain(
      'Indicators,Incidents reported,incident-volume,12,count,10,Met,Worse',
    );
    expect(csv).toContain(
      'Indicators,First-contact resolution,incident-first-contact-resolution,62.5,percent,80,Critical,Worse',
    );
    expect(csv).toContain('Service levels,Response,breached,1,count');
    expect(csv).toContain('Configuration,Items,stale,4,count');
  });

  it('writes last month’s reports on schedule once across replicas', async () => {
    await knex('itsm_periodic_reports').delete();
    const announced: NotificationSendOptions[] = [];
    const replica = () =>
      new MonthlyReportTask({
        reports: reportService(knex, {}, announced),
        logger: mockServices.logger.mock(),
      });
    const [first, second] = await Promise.all([
      replica().run(),
      replica().run(),
    ]);
    // The portal, payments and the web team (the groups of last month's
    // records) and checkout (the service they affect).
    expect(first + second).toBe(4);
    expect(await replica().run()).toBe(0);
    const rows = await knex('itsm_periodic_reports')
      .select('scope', 'period', 'generated_by')
      .orderBy('scope');
    expect(rows).toEqual([
      { scope: checkout, period: lastMonth, generated_by: 'schedule' },
      { scope: payments, period: lastMonth, generated_by: 'schedule' },
      {
        scope: 'group:default/web-team',
        period: lastMonth,
        generated_by: 'schedule',
      },
      { scope: 'portal', period: lastMonth, generated_by: 'schedule' },
    ]);
    expect(announced).toHaveLength(4);
  });
});

/** The report service on the test database, with fake other processes. */
function reportService(
  knex: Knex,
  sources: ConstructorParameters<typeof PeriodicReportService>[0]['sources'],
  announced: NotificationSendOptions[] = [],
) {
  return new PeriodicReportService({
    db: knex,
    store: new DatabasePeriodicReportStore(knex),
    sources,
    intake: {} as any,
    entities: {} as any,
    names: {
      namesOf: async refs => new Map(refs.map(r => [r, r.split('/')[1]])),
    },
    auditor: mockServices.auditor.mock(),
    notifications: {
      send: async (options: NotificationSendOptions) => {
        announced.push(options);
      },
    },
    logger: mockServices.logger.mock(),
    recipients: [managers],
  });
}
