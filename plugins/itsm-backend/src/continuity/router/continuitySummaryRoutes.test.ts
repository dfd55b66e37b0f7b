import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import {
  carla,
  mia,
  paula,
  startContinuityBackend,
  wes,
} from '../__testUtils__/startContinuityBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const checkout = 'component:default/checkout-service';
const ledger = 'component:default/ledger-service';
const summaryOf = (ref: string) =>
  `/continuity/summary?entityRef=${encodeURIComponent(ref)}`;

describe.each(databases.eachSupportedId())(
  'the continuity summary of an entity on %p',
  id => {
    let call: Awaited<ReturnType<typeof startContinuityBackend>>['call'];
    let knex: Knex;
    beforeAll(async () => {
      ({ call, knex } = await startContinuityBackend(databases, id, {
        continuity: { managersGroup: 'group:default/continuity-managers' },
      }));
    });

    it('flags an entity nobody has analysed, planned or drilled, and names a bad entity ref', async () => {
      const empty = await call(wes).get(summaryOf(ledger));
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({
        entityRef: ledger,
        plans: [],
        covered: false,
        objectives: expect.objectContaining({
          achievable: expect.any(Boolean),
        }),
        flags: ['no-plan', 'no-recent-exercise'],
      });

      const missing = await call(wes).get('/continuity/summary');
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toMatch(/entityRef/);
      const bad = await call(wes).get(summaryOf('component:default/'));
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/^entityRef/);
    });

    it('shows the analysis, the approved plan, the last drill with its result and open findings, and flags an RTO the graph cannot meet', async () => {
      const bia = await call(carla).post('/business-impact-analyses', {
        title: 'Checkout',
        description: '',
        entityRefs: [checkout],
        impacts: [{ category: 'customers', afterMinutes: 240, rating: 4 }],
        rtoMinutes: 120,
        rpoMinutes: 15,
      });
      expect(bia.status).toBe(201);

      const plan = await call(carla).post('/continuity-plans', {
        title: 'Payments platform continuity plan',
        description: '',
        entityRefs: [checkout],
        owner: paula,
      });
      const content = await call(carla).put(
        `/continuity-plans/${plan.body.ref}/content`,
        {
          version: plan.body.version,
          procedure: [
            { title: 'Declare', role: 'Incident manager', expectedMinutes: 10 },
          ],
          measures: [
            {
              phase: 'response',
              title: 'Page the on-call',
              owner: paula,
              dueDate: '2099-01-31',
            },
          ],
        },
      );
      expect(content.status).toBe(200);
      const submitted = await call(carla).post(
        `/continuity-plans/${plan.body.ref}/transitions`,
        { action: 'submit', version: content.body.version },
      );
      expect(submitted.status).toBe(200);
      await call(paula).post(`/continuity-plans/${plan.body.ref}/approvals`, {
        decision: 'approve',
      });
      const approved = await call(mia).post(
        `/continuity-plans/${plan.body.ref}/approvals`,
        { decision: 'approve' },
      );
      expect(approved.body.state).toBe('approved');
      // A draft plan of another service is not this one's.
      await call(carla).post('/continuity-plans', {
        title: 'Ledger plan',
        description: '',
        entityRefs: [ledger],
      });

      const drill = async (title: string, result: string) => {
        const created = await call(carla).post('/exercises', {
          title,
          description: '',
          entityRefs: [checkout],
          kind: 'tabletop',
        });
        expect(created.status).toBe(201);
        const started = await call(carla).post(
          `/exercises/${created.body.ref}/transitions`,
          { action: 'start', version: created.body.version },
        );
        const done = await call(carla).post(
          `/exercises/${created.body.ref}/transitions`,
          { action: 'complete', version: started.body.version, result },
        );
        expect(done.status).toBe(200);
        return done.body;
      };
      const older = await drill('Spring tabletop', 'passed');
      const newest = await drill('Autumn tabletop', 'failed');
      // The older one completed a month earlier.
      const monthAgo = new Date(Date.now() - 30 * 86_400_000);
      await knex('itsm_records')
        .where({ id: older.id })
        .update({ closed_at: monthAgo, updated_at: monthAgo });
      // Findings as an exercise records them: one still open, one done.
      const row = await knex('itsm_records').where({ id: newest.id }).first();
      const fields =
        typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields;
      await knex('itsm_records')
        .where({ id: newest.id })
        .update({
          fields: JSON.stringify({
            ...fields,
            findings: [
              {
                id: 'f1',
                title: 'Failover took 3 h',
                owner: paula,
                dueDate: '2099-02-01',
              },
              {
                id: 'f2',
                title: 'Runbook link broken',
                doneAt: '2026-01-01T00:00:00Z',
              },
            ],
          }),
        });

      const summary = await call(wes).get(summaryOf(checkout));
      expect(summary.status).toBe(200);
      expect(summary.body).toMatchObject({
        entityRef: checkout,
        analysis: {
          ref: bia.body.ref,
          state: 'draft',
          rtoMinutes: 120,
          rpoMinutes: 15,
          mtpdMinutes: 240,
        },
        plans: [
          {
            ref: plan.body.ref,
            title: 'Payments platform continuity plan',
            state: 'approved',
          },
        ],
        covered: true,
        lastExercise: {
          ref: newest.ref,
          title: 'Autumn tabletop',
          kind: 'tabletop',
          result: 'failed',
        },
        findings: {
          open: 1,
          items: [
            {
              exerciseRef: newest.ref,
              title: 'Failover took 3 h',
              owner: paula,
              dueDate: '2099-02-01',
            },
          ],
        },
        objectives: { achievable: false },
        flags: ['rto-not-achievable'],
      });
      // ledger-service, which checkout depends on, has no approved analysis.
      expect(
        summary.body.objectives.issues.map((i: any) => i.entityRef),
      ).toContain(ledger);

      // Both drills more than a year old: no drill in 12 months.
      const longAgo = new Date(Date.now() - 400 * 86_400_000);
      await knex('itsm_records')
        .whereIn('id', [older.id, newest.id])
        .update({ closed_at: longAgo, updated_at: longAgo });
      const stale = await call(wes).get(summaryOf(checkout));
      expect(stale.body.flags).toEqual([
        'no-recent-exercise',
        'rto-not-achievable',
      ]);
      expect(stale.body.lastExercise.completedAt).toBe(longAgo.toISOString());
    });
  },
);
