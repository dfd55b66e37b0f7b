import { TestDatabases } from '@backstage/backend-test-utils';
import {
  carla,
  rita,
  startContinuityBackend,
} from '../__testUtils__/startContinuityBackend';
import { seedRecord } from '../__testUtils__/seedContinuityRecord';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const checkout = 'component:default/checkout-service';
const procedure = [
  {
    id: 'fail-db',
    title: 'Fail over payments-db',
    role: 'DBA',
    expectedMinutes: 15,
  },
  {
    id: 'verify',
    title: 'Verify checkout',
    role: 'group:default/payments-team',
    expectedMinutes: 10,
    runbookUrl: 'https://runbooks.example.com/checkout',
  },
];
const risk = {
  answers: {
    customerFacing: 'yes',
    downtime: 'yes',
    data: 'no',
    untested: 'no',
    noBackout: 'no',
    reach: 'none',
  },
};

describe.each(databases.eachSupportedId())('exercises on %p', id => {
  let call: Awaited<ReturnType<typeof startContinuityBackend>>['call'];
  let knex: Awaited<ReturnType<typeof startContinuityBackend>>['knex'];
  beforeAll(async () => {
    ({ call, knex } = await startContinuityBackend(databases, id, {
      changes: {
        freezes: [
          {
            name: 'Year end',
            start: '2027-12-20T00:00:00Z',
            end: '2028-01-03T00:00:00Z',
          },
        ],
      },
    }));
    // An approved plan for checkout with its procedure, and checkout's
    // approved analysis: RTO 30 minutes, RPO 5.
    await call(carla).post('/continuity-plans', {
      title: 'Checkout continuity plan',
      description: '',
      entityRefs: [checkout],
    });
    await seedRecord(knex, 'CP-1', {
      state: 'approved',
      fields: { procedure },
    });
    await call(carla).post('/business-impact-analyses', {
      title: 'Checkout',
      description: '',
      entityRefs: [checkout],
    });
    await seedRecord(knex, 'BIA-1', {
      state: 'approved',
      fields: { rtoMinutes: 30, rpoMinutes: 5 },
    });
  });

  it('runs a drill of a plan as a timed checklist, measures it against the RTO and RPO, and a finding sends the plan into revision', async () => {
    const badPlan = await call(carla).post('/exercises', {
      title: 'Walkthrough',
      description: '',
      entityRefs: [checkout],
      kind: 'walkthrough',
      plan: 'CP-99',
    });
    expect(badPlan.status).toBe(400);
    expect(badPlan.body.error.message).toMatch(
      /^plan: there is no continuity plan CP-99/,
    );
    const badPeople = await call(carla).post('/exercises', {
      title: 'Walkthrough',
      description: '',
      entityRefs: [checkout],
      kind: 'walkthrough',
      participants: ['component:default/checkout-service'],
    });
    expect(badPeople.status).toBe(400);
    expect(badPeople.body.error.message).toMatch(/^participants\[0\]/);

    const created = await call(carla).post('/exercises', {
      title: 'Database lost at peak',
      description: '',
      entityRefs: [checkout],
      kind: 'simulation',
      plan: 'CP-1',
      scope: 'Checkout and its database',
      scenario: 'payments-db is lost at 11:00',
      participants: ['user:default/paula.lead', 'group:default/payments-team'],
      plannedStart: '2026-12-10T10:00:00Z',
    });
    expect(created.status).toBe(201);
    const ref = created.body.ref;
    expect(created.body).toMatchObject({
      plan: 'CP-1',
      scope: 'Checkout and its database',
      participants: ['user:default/paula.lead', 'group:default/payments-team'],
      plannedStart: '2026-12-10T10:00:00.000Z',
    });
    const links = await call(carla).get(`/exercises/${ref}/links`);
    expect(JSON.stringify(links.body)).toContain('CP-1');

    const started = await call(carla).post(`/exercises/${ref}/transitions`, {
      action: 'start',
      version: created.body.version,
    });
    expect(started.status).toBe(200);
    expect(started.body.checklist.map((s: any) => s.id)).toEqual([
      'fail-db',
      'verify',
    ]);
    expect(started.body.objectives).toEqual({ rtoMinutes: 30, rpoMinutes: 5 });
    // The drill started 50 minutes ago.
    await seedRecord(knex, ref, {
      fields: { startedAt: new Date(Date.now() - 50 * 60_000).toISOString() },
    });
    const version = started.body.version;

    const stranger = await call(rita).post(`/exercises/${ref}/steps/fail-db`, {
      version,
      status: 'done',
    });
    expect(stranger.status).toBe(403);
    const unknown = await call(carla).post(`/exercises/${ref}/steps/nope`, {
      version,
      status: 'done',
    });
    expect(unknown.status).toBe(404);
    const one = await call(carla).post(`/exercises/${ref}/steps/fail-db`, {
      version,
      status: 'done',
    });
    expect(one.status).toBe(200);
    expect(one.body.checklist[0]).toMatchObject({
      by: carla,
      doneAt: expect.any(String),
      startedAt: expect.any(String),
    });
    const again = await call(carla).post(`/exercises/${ref}/steps/fail-db`, {
      version: one.body.version,
      status: 'done',
    });
    expect(again.status).toBe(409);
    const two = await call(carla).post(`/exercises/${ref}/steps/verify`, {
      version: one.body.version,
      status: 'done',
    });
    const badLoss = await call(carla).post(`/exercises/${ref}/transitions`, {
      action: 'cancel',
      version: two.body.version,
      reason: 'x',
      dataLossMinutes: 3,
    });
    expect(badLoss.status).toBe(400);
    expect(badLoss.body.error.message).toMatch(/^dataLossMinutes/);
    const done = await call(carla).post(`/exercises/${ref}/transitions`, {
      action: 'complete',
      version: two.body.version,
      result: 'failed',
      dataLossMinutes: 3,
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      state: 'completed',
      result: 'failed',
      dataLossMinutes: 3,
      measurement: {
        recovered: true,
        rtoMinutes: 30,
        withinRto: false,
        rpoMinutes: 5,
        withinRpo: true,
      },
    });
    expect(done.body.measurement.recoveryMinutes).toBeGreaterThanOrEqual(49);

    const badOwner = await call(carla).post(`/exercises/${ref}/findings`, {
      version: done.body.version,
      title: 'Failover took too long',
      owner: 'payments-team',
      dueDate: '2027-01-31',
    });
    expect(badOwner.status).toBe(400);
    expect(badOwner.body.error.message).toMatch(/^owner/);
    const finding = await call(carla).post(`/exercises/${ref}/findings`, {
      version: done.body.version,
      title: 'Failover took too long',
      owner: 'group:default/payments-team',
      dueDate: '2027-01-31',
      revisePlan: true,
    });
    expect(finding.status).toBe(201);
    expect(finding.body.findings).toEqual([
      expect.objectContaining({
        id: 'F1',
        owner: 'group:default/payments-team',
        dueDate: '2027-01-31',
        planRevised: 'CP-1',
      }),
    ]);
    const plan = await call(carla).get('/continuity-plans/CP-1');
    expect(plan.body.state).toBe('under_revision');
    const planTimeline = await call(carla).get(
      '/continuity-plans/CP-1/timeline',
    );
    expect(JSON.stringify(planTimeline.body)).toContain(
      `Finding of ${ref}: Failover took too long`,
    );
    const twice = await call(carla).post(`/exercises/${ref}/findings`, {
      version: finding.body.version,
      title: 'Runbook out of date',
      owner: 'user:default/paula.lead',
      dueDate: '2027-02-28',
      revisePlan: true,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/CP-1 is under revision/);
    await seedRecord(knex, 'CP-1', { state: 'approved' });
  });

  it('raises a change request for a drill that interrupts service, refuses a freeze, and starts only once the change is scheduled', async () => {
    const failover = {
      title: 'Fail over checkout',
      description: '',
      entityRefs: [checkout],
      kind: 'failover',
      plan: 'CP-1',
    };
    const noWindow = await call(carla).post('/exercises', failover);
    expect(noWindow.status).toBe(400);
    expect(noWindow.body.error.message).toMatch(/window/);
    const before = await call(carla).get('/changes');
    const frozen = await call(carla).post('/exercises', {
      ...failover,
      window: { start: '2027-12-28T20:00:00Z', end: '2027-12-28T22:00:00Z' },
      risk,
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.message).toMatch(/freeze 'Year end'/);
    const after = await call(carla).get('/changes');
    expect(after.body.items).toHaveLength(before.body.items.length);

    // A drill refused for its own fields raises no change request either.
    for (const [bad, field] of [
      [{ title: '   ' }, /^title/],
      [{ owner: 'payments team' }, /^owner/],
    ] as const) {
      const refused = await call(carla).post('/exercises', {
        ...failover,
        window: { start: '2027-03-06T20:00:00Z', end: '2027-03-06T22:00:00Z' },
        risk,
        ...bad,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(field);
    }
    const unchanged = await call(carla).get('/changes');
    expect(unchanged.body.items).toHaveLength(before.body.items.length);

    const created = await call(carla).post('/exercises', {
      ...failover,
      window: { start: '2027-03-06T20:00:00Z', end: '2027-03-06T22:00:00Z' },
      risk,
    });
    expect(created.status).toBe(201);
    const changeRef = created.body.changeRequest;
    expect(changeRef).toMatch(/^CHG-\d+$/);
    const change = await call(carla).get(`/changes/${changeRef}`);
    expect(change.body).toMatchObject({
      state: 'submitted',
      window: {
        start: '2027-03-06T20:00:00.000Z',
        end: '2027-03-06T22:00:00.000Z',
      },
      entityRefs: [checkout],
    });
    const early = await call(carla).post(
      `/exercises/${created.body.ref}/transitions`,
      { action: 'start', version: created.body.version },
    );
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(
      new RegExp(`${changeRef} must be approved and scheduled`),
    );
    await seedRecord(knex, changeRef, { state: 'scheduled' });
    const started = await call(carla).post(
      `/exercises/${created.body.ref}/transitions`,
      { action: 'start', version: created.body.version },
    );
    expect(started.status).toBe(200);
    expect(started.body.state).toBe('running');
  });
});
