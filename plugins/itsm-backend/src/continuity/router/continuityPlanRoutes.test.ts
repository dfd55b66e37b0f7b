import { TestDatabases } from '@backstage/backend-test-utils';
import {
  carla,
  mia,
  paula,
  startContinuityBackend,
  wes,
} from '../__testUtils__/startContinuityBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const content = {
  measures: [
    {
      phase: 'prevention',
      title: 'Replicate payments-db to the second site',
      owner: 'group:default/payments-team',
      dueDate: '2026-01-31',
    },
    {
      phase: 'recovery',
      title: 'Document the failover',
      owner: paula,
      dueDate: '2099-06-30',
    },
  ],
  procedure: [
    {
      title: 'Declare the disaster',
      role: 'Incident manager',
      expectedMinutes: 10,
    },
    {
      title: 'Fail over payments-db',
      role: 'group:default/payments-team',
      expectedMinutes: 30,
      runbookUrl: 'https://runbooks.example.com/payments-db-failover',
    },
  ],
  activation: {
    text: 'Checkout down for more than 15 minutes',
    priorityAtOrAbove: 'P1',
    majorIncident: true,
  },
  resources: {
    entityRefs: ['resource:default/payments-db'],
    items: ['Standby site rack B'],
  },
  contacts: {
    refs: ['group:default/payments-team'],
    others: [{ name: 'Bank liaison', reach: '+44 20 7946 0000' }],
  },
  schedule: [
    {
      title: 'Failover drill',
      kind: 'failover',
      rrule: 'FREQ=MONTHLY;INTERVAL=6',
      start: '2026-01-15T09:00:00Z',
    },
  ],
};

describe.each(databases.eachSupportedId())('continuity plans on %p', id => {
  let call: Awaited<ReturnType<typeof startContinuityBackend>>['call'];
  beforeAll(async () => {
    ({ call } = await startContinuityBackend(databases, id, {
      continuity: { managersGroup: 'group:default/continuity-managers' },
    }));
  });

  const draft = async () => {
    const created = await call(carla).post('/continuity-plans', {
      title: 'Payments platform continuity plan',
      description: '',
      entityRefs: ['component:default/checkout-service'],
      owner: paula,
    });
    expect(created.status).toBe(201);
    return created.body;
  };

  it('keeps a plan’s content, with the next drill dates, and names a bad field', async () => {
    const plan = await draft();
    const edited = await call(paula).put(
      `/continuity-plans/${plan.ref}/content`,
      { version: plan.version, ...content },
    );
    expect(edited.status).toBe(200);
    expect(edited.body.measures).toHaveLength(2);
    expect(edited.body.measures[0]).toMatchObject({
      phase: 'prevention',
      owner: 'group:default/payments-team',
    });
    expect(edited.body.procedure.map((s: any) => s.title)).toEqual([
      'Declare the disaster',
      'Fail over payments-db',
    ]);
    expect(edited.body.procedure[0].id).toEqual(expect.any(String));
    expect(edited.body.schedule[0].nextDates).toHaveLength(3);
    expect(edited.body.contentEditedBy).toBe(paula);

    const bad = async (body: object, message: RegExp) => {
      const response = await call(paula).put(
        `/continuity-plans/${plan.ref}/content`,
        { version: edited.body.version, ...body },
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
    };
    await bad(
      { schedule: [{ ...content.schedule[0], rrule: 'FREQ=SOMETIMES' }] },
      /schedule\[0\]\.rrule/,
    );
    await bad(
      { schedule: [{ ...content.schedule[0], rrule: 'FREQ=HOURLY' }] },
      /schedule\[0\]\.rrule.*more often than daily/,
    );
    await bad(
      {
        measures: [
          { ...content.measures[0], owner: 'component:default/ledger-service' },
        ],
      },
      /measures\[0\]\.owner must be a user or group/,
    );
    await bad(
      { measures: [{ ...content.measures[0], owner: 'user:default/nobody' }] },
      /measures\.owner\[0\].*not in the catalog/,
    );
    await bad(
      {
        procedure: [
          {
            ...content.procedure[1],
            runbookUrl: 'ftp://runbooks.example.com/x',
          },
        ],
      },
      /procedure\[0\]\.runbookUrl/,
    );
    await bad(
      { resources: { entityRefs: ['component:default/nowhere'] } },
      /resources\.entityRefs\[0\]/,
    );
    const stale = await call(paula).put(
      `/continuity-plans/${plan.ref}/content`,
      { version: plan.version, activation: { text: 'x' } },
    );
    expect(stale.status).toBe(409);
  });

  it('is approved by its owner and a manager other than who worked it, and keeps each approved version', async () => {
    const plan = await draft();
    const edited = await call(carla).put(
      `/continuity-plans/${plan.ref}/content`,
      { version: plan.version, ...content },
    );
    const submitted = await call(carla).post(
      `/continuity-plans/${plan.ref}/transitions`,
      { action: 'submit', version: edited.body.version },
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('in_review');
    expect(submitted.body.approval.groups.map((g: any) => g.key)).toEqual([
      'plan-owners',
      'continuity-managers',
    ]);
    // In review the content is fixed.
    const frozen = await call(paula).put(
      `/continuity-plans/${plan.ref}/content`,
      { version: submitted.body.version, activation: { text: 'x' } },
    );
    expect(frozen.status).toBe(409);
    // Carla submitted and edited it: segregation of duties.
    const own = await call(carla).post(
      `/continuity-plans/${plan.ref}/approvals`,
      { decision: 'approve' },
    );
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/segregation of duties/);
    const stranger = await call(wes).post(
      `/continuity-plans/${plan.ref}/approvals`,
      { decision: 'approve' },
    );
    expect(stranger.status).toBe(403);
    const byOwner = await call(paula).post(
      `/continuity-plans/${plan.ref}/approvals`,
      { decision: 'approve' },
    );
    expect(byOwner.body.state).toBe('in_review');
    const byManager = await call(mia).post(
      `/continuity-plans/${plan.ref}/approvals`,
      { decision: 'approve', comment: 'Good' },
    );
    expect(byManager.status).toBe(200);
    expect(byManager.body.state).toBe('approved');
    expect(byManager.body.versions).toEqual([
      expect.objectContaining({ version: 1, approvedBy: [paula, mia] }),
    ]);

    // Measures are ticked while the plan is approved.
    const measureId = byManager.body.measures[0].id;
    const ticked = await call(paula).post(
      `/continuity-plans/${plan.ref}/measures/${measureId}`,
      { version: byManager.body.version, done: true },
    );
    expect(ticked.status).toBe(200);
    expect(ticked.body.measures[0]).toMatchObject({
      doneBy: paula,
      doneAt: expect.any(String),
    });
    const missing = await call(paula).post(
      `/continuity-plans/${plan.ref}/measures/nope`,
      { version: ticked.body.version, done: true },
    );
    expect(missing.status).toBe(404);
    // ... but its content is not edited outside its editable states.
    const approvedEdit = await call(paula).put(
      `/continuity-plans/${plan.ref}/content`,
      { version: ticked.body.version, activation: { text: 'x' } },
    );
    expect(approvedEdit.status).toBe(409);

    const revised = await call(paula).post(
      `/continuity-plans/${plan.ref}/transitions`,
      {
        action: 'revise',
        version: ticked.body.version,
        reason: 'Drill missed the RTO',
      },
    );
    expect(revised.body.state).toBe('under_revision');
    const second = await call(paula).put(
      `/continuity-plans/${plan.ref}/content`,
      {
        version: revised.body.version,
        procedure: [
          ...ticked.body.procedure.map((s: any) => ({
            id: s.id,
            title: s.title,
            role: s.role,
            expectedMinutes: s.expectedMinutes,
            ...(s.runbookUrl ? { runbookUrl: s.runbookUrl } : {}),
          })),
          { title: 'Verify payments', role: 'QA', expectedMinutes: 15 },
        ],
      },
    );
    expect(second.status).toBe(200);
    // The measure done stays done (its id, title, owner and date kept).
    expect(second.body.measures[0].doneAt).toEqual(expect.any(String));

    const versions = await call(wes).get(
      `/continuity-plans/${plan.ref}/versions`,
    );
    expect(versions.body.items).toHaveLength(1);
    const one = await call(wes).get(`/continuity-plans/${plan.ref}/versions/1`);
    expect(one.status).toBe(200);
    expect(one.body.content.procedure).toHaveLength(2);
    expect(one.body.content.measures[0].doneAt).toBeUndefined();
    const none = await call(wes).get(
      `/continuity-plans/${plan.ref}/versions/2`,
    );
    expect(none.status).toBe(404);
  });

  it('shows the covered services’ objectives from their approved analyses only', async () => {
    const plan = await draft();
    const objectives = await call(wes).get(
      `/continuity-plans/${plan.ref}/objectives`,
    );
    expect(objectives.status).toBe(200);
    expect(objectives.body.items).toEqual([
      { entityRef: 'component:default/checkout-service' },
    ]);
  });

  it('refuses a submission without a procedure', async () => {
    const plan = await draft();
    const submitted = await call(carla).post(
      `/continuity-plans/${plan.ref}/transitions`,
      { action: 'submit', version: plan.version },
    );
    expect(submitted.status).toBe(409);
    expect(submitted.body.error.message).toMatch(/^procedure:/);
  });
});
