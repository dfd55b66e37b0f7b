import { TestDatabases } from '@backstage/backend-test-utils';
import {
  carla,
  paula,
  rita,
  startContinuityBackend,
} from '../__testUtils__/startContinuityBackend';
import { seedRecord } from '../__testUtils__/seedContinuityRecord';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const checkout = 'component:default/checkout-service';
const procedure = [
  {
    id: 'declare',
    title: 'Declare the disaster',
    role: 'Incident manager',
    expectedMinutes: 5,
  },
  {
    id: 'restore',
    title: 'Restore from replica',
    role: 'DBA',
    expectedMinutes: 20,
  },
];

describe.each(databases.eachSupportedId())(
  'continuity plans invoked from a major incident on %p',
  id => {
    let call: Awaited<ReturnType<typeof startContinuityBackend>>['call'];
    let knex: Awaited<ReturnType<typeof startContinuityBackend>>['knex'];
    beforeAll(async () => {
      ({ call, knex } = await startContinuityBackend(databases, id));
      await call(carla).post('/continuity-plans', {
        title: 'Checkout continuity plan',
        description: '',
        entityRefs: [checkout],
        owner: paula,
      });
      await seedRecord(knex, 'CP-1', {
        state: 'active',
        fields: {
          procedure,
          contacts: { refs: ['group:default/continuity-managers'], others: [] },
        },
      });
      // A draft plan is not offered.
      await call(carla).post('/continuity-plans', {
        title: 'Draft plan',
        description: '',
        entityRefs: [checkout],
      });
      await call(carla).post('/business-impact-analyses', {
        title: 'Checkout',
        description: '',
        entityRefs: [checkout],
      });
      await seedRecord(knex, 'BIA-1', {
        state: 'approved',
        fields: { rtoMinutes: 60, rpoMinutes: 15 },
      });
    });

    it('shows the covering plans, invokes one on both records, runs its checklist and records the recovery against the RTO and RPO, which the review shows', async () => {
      const incident = await call(carla).post('/incidents', {
        title: 'Checkout down',
        description: 'payments-db lost',
        entityRefs: [checkout],
        impact: 'high',
        urgency: 'high',
      });
      expect(incident.status).toBe(201);
      const ref = incident.body.ref;
      const shown = await call(carla).get(`/incidents/${ref}/continuity-plans`);
      expect(shown.status).toBe(200);
      expect(shown.body.plans).toEqual([
        expect.objectContaining({
          ref: 'CP-1',
          state: 'active',
          objectives: { rtoMinutes: 60, rpoMinutes: 15 },
          procedure: [
            expect.objectContaining({ id: 'declare' }),
            expect.objectContaining({ id: 'restore' }),
          ],
        }),
      ]);

      const notMajor = await call(carla).post(
        `/incidents/${ref}/continuity-invocations`,
        { version: shown.body.version, plan: 'CP-1' },
      );
      expect(notMajor.status).toBe(409);
      expect(notMajor.body.error.message).toMatch(/not a major incident/);
      const major = await call(carla).post(`/incidents/${ref}/major`, {
        version: shown.body.version,
        reason: 'Checkout down',
      });
      expect(major.status).toBe(200);

      const reader = await call(rita).post(
        `/incidents/${ref}/continuity-invocations`,
        { version: major.body.version, plan: 'CP-1' },
      );
      expect(reader.status).toBe(403);
      const draft = await call(carla).post(
        `/incidents/${ref}/continuity-invocations`,
        { version: major.body.version, plan: 'CP-2' },
      );
      expect(draft.status).toBe(409);
      const missing = await call(carla).post(
        `/incidents/${ref}/continuity-invocations`,
        { version: major.body.version, plan: 'CP-9' },
      );
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toMatch(/^plan/);

      const invoked = await call(carla).post(
        `/incidents/${ref}/continuity-invocations`,
        { version: major.body.version, plan: 'CP-1' },
      );
      expect(invoked.status).toBe(201);
      const [invocation] = invoked.body.invocations;
      expect(invocation).toMatchObject({
        id: 'I1',
        plan: 'CP-1',
        invokedBy: carla,
        objectives: { rtoMinutes: 60, rpoMinutes: 15 },
        measurement: { recovered: false, stepsDone: 0, stepsTotal: 2 },
      });
      const twice = await call(carla).post(
        `/incidents/${ref}/continuity-invocations`,
        { version: invoked.body.version, plan: 'CP-1' },
      );
      expect(twice.status).toBe(409);

      // On both records: timelines, the link, the plan's invocations.
      const plan = await call(carla).get('/continuity-plans/CP-1/timeline');
      expect(JSON.stringify(plan.body)).toContain(ref);
      const incidentTimeline = await call(carla).get(
        `/incidents/${ref}/timeline`,
      );
      expect(JSON.stringify(incidentTimeline.body)).toContain(
        'Continuity plan invoked',
      );
      const links = await call(carla).get(`/incidents/${ref}/links`);
      expect(JSON.stringify(links.body)).toContain('CP-1');
      const planRow = await knex('itsm_records')
        .where({ type: 'continuity-plan', number: 1 })
        .first();
      expect(JSON.parse(planRow.fields).invocations).toEqual([
        expect.objectContaining({ incident: ref, invocationId: 'I1' }),
      ]);

      const step = await call(carla).post(
        `/incidents/${ref}/continuity-invocations/I1/steps/declare`,
        { version: invoked.body.version, status: 'done' },
      );
      expect(step.status).toBe(200);
      expect(step.body.invocations[0].steps[0]).toMatchObject({
        doneAt: expect.any(String),
        by: carla,
      });
      const readerStep = await call(rita).post(
        `/incidents/${ref}/continuity-invocations/I1/steps/restore`,
        { version: step.body.version, status: 'done' },
      );
      expect(readerStep.status).toBe(403);
      const badLoss = await call(carla).post(
        `/incidents/${ref}/continuity-invocations/I1/recovery`,
        { version: step.body.version, dataLossMinutes: -1 },
      );
      expect(badLoss.status).toBe(400);
      expect(badLoss.body.error.message).toMatch(/dataLossMinutes/);
      const recovered = await call(carla).post(
        `/incidents/${ref}/continuity-invocations/I1/recovery`,
        { version: step.body.version, dataLossMinutes: 20 },
      );
      expect(recovered.status).toBe(200);
      expect(recovered.body.invocations[0]).toMatchObject({
        recoveredBy: carla,
        dataLossMinutes: 20,
        measurement: {
          recovered: true,
          withinRto: true,
          withinRpo: false,
          rpoMinutes: 15,
        },
      });
      const afterPlan = await knex('itsm_records')
        .where({ type: 'continuity-plan', number: 1 })
        .first();
      expect(JSON.parse(afterPlan.fields).invocations[0]).toMatchObject({
        recoveredAt: expect.any(String),
        withinRto: true,
        withinRpo: false,
      });

      const resolved = await call(carla).post(`/incidents/${ref}/transitions`, {
        version: recovered.body.version,
        action: 'resolve',
        resolution: 'Restored from replica',
        cause: 'Disk failure',
        verification: 'Checkout takes payments',
      });
      expect(resolved.status).toBe(200);
      const review = await call(carla).post(`/incidents/${ref}/review`, {
        version: resolved.body.version,
        summary: 's',
        impact: 'i',
        timeline: 't',
        rootCause: 'r',
        followUpActions: 'f',
      });
      expect(review.status).toBe(200);
      expect(review.body.review.continuity).toEqual([
        expect.objectContaining({
          plan: 'CP-1',
          invocationId: 'I1',
          withinRto: true,
          dataLossMinutes: 20,
          withinRpo: false,
        }),
      ]);
    });

    it('offers a plan for the system an incident’s service is part of', async () => {
      const made = await call(carla).post('/continuity-plans', {
        title: 'Payments platform plan',
        description: '',
        entityRefs: ['system:default/payments'],
        owner: paula,
      });
      await seedRecord(knex, made.body.ref, {
        state: 'approved',
        fields: { procedure },
      });
      const incident = await call(carla).post('/incidents', {
        title: 'Ledger slow',
        description: '',
        entityRefs: ['component:default/ledger-service'],
        impact: 'high',
        urgency: 'high',
      });
      const shown = await call(carla).get(
        `/incidents/${incident.body.ref}/continuity-plans`,
      );
      expect(shown.body.plans.map((p: { ref: string }) => p.ref)).toEqual([
        made.body.ref,
      ]);
      const major = await call(carla).post(
        `/incidents/${incident.body.ref}/major`,
        { version: shown.body.version, reason: 'Ledger down' },
      );
      const invoked = await call(carla).post(
        `/incidents/${incident.body.ref}/continuity-invocations`,
        { version: major.body.version, plan: made.body.ref },
      );
      expect(invoked.status).toBe(201);
    });
  },
);
