import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import {
  carla,
  continuityBoard,
  paula,
  startContinuityBackend,
  wes,
} from '../__testUtils__/startContinuityBackend';
import { DatabaseRiskReportStore } from '../database/DatabaseRiskReportStore';
import { RiskReminderTask } from '../tasks/RiskReminderTask';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const db = 'resource:default/payments-db';

describe.each(databases.eachSupportedId())('risk assessment on %p', id => {
  let backend: Awaited<ReturnType<typeof startContinuityBackend>>;
  beforeAll(async () => {
    backend = await startContinuityBackend(databases, id, {
      continuity: {
        managementGroup: continuityBoard,
        currency: 'EUR',
      },
    });
  });
  const call = (user: string) => backend.call(user);
  const newRisk = (body: object) =>
    call(carla).post('/risks', {
      title: 'Threat',
      description: '',
      entityRefs: [db],
      area: 'hardware',
      ...body,
    });

  it('rates a new risk through the matrix, with its loss expectancy and a priority from its level', async () => {
    const risk = await newRisk({
      title: 'Single database server for payments',
      likelihood: 3,
      impact: 5,
      singleLossExpectancy: 120000,
      annualRateOfOccurrence: 0.25,
      existingControls: 'Nightly backups',
      treatment: 'reduce',
      treatmentOwner: 'group:default/payments-team',
      treatmentDueDate: '2027-03-31',
      reviewDate: '2027-06-30',
    });
    expect(risk.status).toBe(201);
    expect(risk.body).toMatchObject({
      likelihood: 3,
      impact: 5,
      level: 'critical',
      priority: 'P1',
      annualLossExpectancy: 30000,
      currency: 'EUR',
      existingControls: 'Nightly backups',
      treatment: 'reduce',
      treatmentOwner: 'group:default/payments-team',
      treatmentDueDate: '2027-03-31',
      reviewDate: '2027-06-30',
    });
    const unrated = await newRisk({ title: 'Someone may leave' });
    expect(unrated.body.level).toBeUndefined();
    expect(unrated.body.priority).toBe('P3');
  });

  it.each([
    ['likelihood', { likelihood: 6 }],
    ['impact', { impact: 2.5 }],
    ['singleLossExpectancy', { singleLossExpectancy: -1 }],
    ['treatment', { treatment: 'ignore' }],
    ['treatmentOwner', { treatmentOwner: 'payments-team' }],
    ['treatmentOwner', { treatmentOwner: 'group:default/nobody' }],
    ['treatmentDueDate', { treatmentDueDate: '2027-02-30' }],
    ['reviewDate', { reviewDate: 'next year' }],
    ['existingControls', { existingControls: 'x'.repeat(4001) }],
  ])('refuses a bad %s with a 400 naming it', async (field, body) => {
    const refused = await newRisk(body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(field);
  });

  it('recomputes the level and priority on an edit, and keeps each change on the timeline', async () => {
    const risk = await newRisk({ likelihood: 2, impact: 2 });
    expect(risk.body).toMatchObject({ level: 'low', priority: 'P4' });
    const edited = await call(carla).patch(`/risks/${risk.body.ref}`, {
      version: risk.body.version,
      likelihood: 4,
      impact: 4,
      singleLossExpectancy: 5000,
      annualRateOfOccurrence: 2,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      level: 'critical',
      priority: 'P1',
      annualLossExpectancy: 10000,
    });
    const cleared = await call(carla).patch(`/risks/${risk.body.ref}`, {
      version: edited.body.version,
      annualRateOfOccurrence: null,
      area: 'data',
    });
    expect(cleared.body.annualLossExpectancy).toBeUndefined();
    expect(cleared.body.singleLossExpectancy).toBe(5000);
    expect(cleared.body.area).toBe('data');
    const timeline = await call(carla).get(`/risks/${risk.body.ref}/timeline`);
    const changes = timeline.body.items
      .filter((e: any) => e.kind === 'updated')
      .flatMap((e: any) => e.data.changes);
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'likelihood', from: 2, to: 4 },
        { field: 'level', from: 'low', to: 'critical' },
        { field: 'priority', from: 'P4', to: 'P1' },
        { field: 'annualLossExpectancy', from: 10000, to: null },
        { field: 'area', from: 'hardware', to: 'data' },
      ]),
    );
    const bad = await call(carla).patch(`/risks/${risk.body.ref}`, {
      version: cleared.body.version,
      treatmentOwner: 'user:default/nobody',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^treatmentOwner/);
  });

  it('marks a risk assessed only once it is rated', async () => {
    const risk = await newRisk({});
    const early = await call(carla).post(
      `/risks/${risk.body.ref}/transitions`,
      {
        action: 'assess',
        version: risk.body.version,
      },
    );
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/^likelihood and impact/);
    const rated = await call(carla).patch(`/risks/${risk.body.ref}`, {
      version: risk.body.version,
      likelihood: 1,
      impact: 1,
    });
    const assessed = await call(carla).post(
      `/risks/${risk.body.ref}/transitions`,
      { action: 'assess', version: rated.body.version },
    );
    expect(assessed.body.state).toBe('assessed');
  });

  it('ranks the register of a scope by level, loss expectancy and likelihood × impact', async () => {
    const make = (title: string, entity: string, body: object) =>
      newRisk({ title, entityRefs: [entity], ...body });
    await make('Ledger: high, big loss', 'component:default/ledger-service', {
      likelihood: 2,
      impact: 5,
      singleLossExpectancy: 1_000_000,
      annualRateOfOccurrence: 0.1,
    });
    await make('Ledger: high, no amounts', 'component:default/ledger-service', {
      likelihood: 4,
      impact: 3,
    });
    await make('Storefront: critical', 'component:default/storefront', {
      likelihood: 5,
      impact: 5,
    });
    const payments = await call(wes).get(
      '/risks/register?scope=system:default/payments',
    );
    expect(payments.status).toBe(200);
    const titles = payments.body.items.map((r: any) => r.title);
    expect(titles).not.toContain('Storefront: critical');
    const high = titles.filter((t: string) => t.startsWith('Ledger'));
    expect(high).toEqual([
      'Ledger: high, big loss',
      'Ledger: high, no amounts',
    ]);
    const levels = payments.body.items.map((r: any) => r.level ?? 'none');
    const order = ['critical', 'high', 'medium', 'low', 'none'];
    expect(
      [...levels].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    ).toEqual(levels);
    expect(payments.body).toMatchObject({ currency: 'EUR', truncated: false });
    expect(payments.body.matrix[4][4]).toBe('critical');
    const domain = await call(wes).get(
      '/risks/register?scope=domain:default/commerce',
    );
    expect(domain.body.items.length).toBe(payments.body.items.length);
    const all = await call(wes).get('/risks/register');
    // Critical: the one with a loss expectancy first, then 5 × 5 before 4 × 4.
    expect(all.body.items.slice(0, 3).map((r: any) => r.title)).toEqual([
      'Single database server for payments',
      'Storefront: critical',
      'Threat',
    ]);
    const bad = await call(wes).get(
      '/risks/register?scope=component:default/storefront',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^scope/);
    const missing = await call(wes).get(
      '/risks/register?scope=system:default/nowhere',
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/scope/);
  });

  it('generates the assessment report, keeps it and sends it to the management group', async () => {
    const refused = await call(wes).post('/risks/reports', { scope: 'all' });
    expect(refused.status).toBe(403);
    const created = await call(carla).post('/risks/reports', {
      scope: 'system:default/payments',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      scope: 'system:default/payments',
      generatedBy: carla,
      sentTo: continuityBoard,
    });
    expect(created.body.markdown).toMatch(
      /^# Risk assessment report: payments/,
    );
    expect(created.body.markdown).toContain('Ledger: high, big loss');
    expect(created.body.markdown).not.toContain('Storefront');
    const [header, first] = created.body.csv.split('\n');
    expect(header).toMatch(/^Rank,Risk,Threat,Area,State,Level/);
    expect(first).toMatch(/^1,RSK-\d+,/);
    expect(created.body.riskCount).toBe(
      created.body.csv.trim().split('\n').length - 1,
    );
    const told = backend.sent.filter(
      n => n.payload.topic === 'itsm-risk-report',
    );
    expect(told).toHaveLength(1);
    expect(told[0].recipients).toEqual({
      type: 'entity',
      entityRef: continuityBoard,
    });
    expect(told[0].payload.link).toBe(
      `/itsm/continuity?tab=risks&report=${created.body.id}`,
    );
    const versions = await call(paula).get('/risks/reports');
    expect(versions.status).toBe(200);
    expect(versions.body.items[0]).toMatchObject({ id: created.body.id });
    expect(versions.body.items[0].markdown).toBeUndefined();
    const one = await call(paula).get(`/risks/reports/${created.body.id}`);
    expect(one.body.csv).toBe(created.body.csv);
    expect((await call(wes).get('/risks/reports')).status).toBe(403);
    expect((await call(carla).get('/risks/reports/nope')).status).toBe(404);
    expect(
      (
        await call(carla).get(
          '/risks/reports/00000000-0000-4000-8000-000000000000',
        )
      ).status,
    ).toBe(404);
  });

  it('reminds once per risk and due date, even when two replicas run at once', async () => {
    const overdue = await newRisk({
      title: 'Overdue review',
      reviewDate: '2026-01-10',
      treatment: 'reduce',
      treatmentDueDate: '2026-01-05',
      treatmentOwner: paula,
    });
    const store = await DatabaseRecordStore.create({
      knex: backend.knex,
      skipMigrations: true,
    });
    const task = () =>
      new RiskReminderTask({
        store,
        reminders: new DatabaseRiskReportStore(backend.knex),
        notifications: { send: async o => void backend.sent.push(o) },
        logger: mockServices.logger.mock(),
        now: () => new Date('2026-12-08T09:00:00Z'),
      });
    const before = backend.sent.length;
    const [a, b] = await Promise.all([task().run(), task().run()]);
    const reminders = backend.sent
      .slice(before)
      .filter(n => n.payload.scope?.includes(overdue.body.id));
    expect(a + b).toBeGreaterThanOrEqual(2);
    expect(reminders.map(n => n.recipients)).toEqual(
      expect.arrayContaining([
        { type: 'entity', entityRef: 'group:default/payments-team' },
        { type: 'entity', entityRef: paula },
      ]),
    );
    expect(reminders).toHaveLength(2);
    expect(await task().run()).toBe(0);
    const moved = await call(carla).patch(`/risks/${overdue.body.ref}`, {
      version: overdue.body.version,
      reviewDate: '2026-06-30',
    });
    expect(moved.status).toBe(200);
    expect(await task().run()).toBe(1);
  });
});
