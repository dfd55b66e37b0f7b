import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import {
  carla,
  continuityEntities,
  paula,
  rita,
  startContinuityBackend,
  wes,
} from '../__testUtils__/startContinuityBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const checkout = 'component:default/checkout-service';
const ledger = 'component:default/ledger-service';
const db = 'resource:default/payments-db';
const categories = [
  'financial',
  'customers',
  'legal',
  'reputation',
  'operations',
];
const points = [60, 240, 1440, 4320, 10080];

/**
 * The CMDB index as a look at the catalog leaves it (CiChangeDetectionTask):
 * each component, system and resource with its index columns and the
 * relations an impact follows upstream.
 */
function indexRows() {
  const upstream = new Set(['dependsOn', 'consumesApi', 'hasPart']);
  return continuityEntities
    .filter(e => ['Component', 'System', 'Resource'].includes(e.kind))
    .map(e => {
      const ref = `${e.kind.toLowerCase()}:default/${e.metadata.name}`;
      const spec = e.spec as Record<string, string | undefined>;
      return {
        entity_ref: ref,
        etag: 'e1',
        snapshot: '{}',
        seen_at: new Date().toISOString(),
        kind: e.kind.toLowerCase(),
        title: e.metadata.name,
        ci_class: 'software',
        classified: true,
        owner: 'group:default/payments-team',
        system: spec.system ? `system:default/${spec.system}` : null,
        lifecycle: spec.lifecycle ?? null,
        impact: JSON.stringify({
          kind: e.kind,
          owners: ['group:default/payments-team'],
          downstream: [],
          upstream: (
            ('relations' in e ? e.relations : []) as {
              type: string;
              targetRef: string;
            }[]
          )
            .filter(r => upstream.has(r.type))
            .map(r => ({ entityRef: r.targetRef, relation: r.type })),
        }),
        index_version: 'test',
      };
    });
}

/** A full grid: every category rated 2, but customers 4 from `from` on. */
const grid = (from: number) =>
  categories.flatMap(category =>
    points.map(afterMinutes => ({
      category,
      afterMinutes,
      rating: category === 'customers' && afterMinutes >= from ? 4 : 2,
    })),
  );

describe.each(databases.eachSupportedId())(
  'business impact analyses on %p',
  id => {
    let call: Awaited<ReturnType<typeof startContinuityBackend>>['call'];
    let knex: Knex;
    beforeAll(async () => {
      ({ call, knex } = await startContinuityBackend(databases, id));
    });

    it('rates impact, derives the MTPD, keeps one analysis per entity and refuses an RTO above the MTPD', async () => {
      const created = await call(carla).post('/business-impact-analyses', {
        title: 'Checkout',
        description: '',
        entityRefs: [checkout],
        businessProcesses: ['Card payments'],
        impacts: [{ category: 'customers', afterMinutes: 240, rating: 4 }],
        rtoMinutes: 120,
        rpoMinutes: 15,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ref: 'BIA-1',
        businessProcesses: ['Card payments'],
        impactIntervals: points,
        mtpdMinutes: 240,
        rtoMinutes: 120,
        rpoMinutes: 15,
      });

      const second = await call(carla).post('/business-impact-analyses', {
        title: 'Checkout again',
        description: '',
        entityRefs: [checkout],
      });
      expect(second.status).toBe(409);
      expect(second.body.error.message).toMatch(/checkout-service .*\(BIA-1\)/);

      const tooSlow = await call(carla).post('/business-impact-analyses', {
        title: 'Ledger',
        description: '',
        entityRefs: [ledger],
        impacts: [{ category: 'financial', afterMinutes: 60, rating: 5 }],
        rtoMinutes: 240,
      });
      expect(tooSlow.status).toBe(400);
      expect(tooSlow.body.error.message).toMatch(/^rtoMinutes/);

      const badPoint = await call(carla).patch(
        '/business-impact-analyses/BIA-1',
        {
          version: created.body.version,
          impacts: [{ category: 'legal', afterMinutes: 30, rating: 2 }],
        },
      );
      expect(badPoint.status).toBe(400);
      expect(badPoint.body.error.message).toMatch(
        /^impacts\[0\]\.afterMinutes/,
      );

      const lowered = await call(carla).patch(
        '/business-impact-analyses/BIA-1',
        {
          version: created.body.version,
          impacts: grid(60),
        },
      );
      expect(lowered.status).toBe(400);
      expect(lowered.body.error.message).toMatch(/^rtoMinutes .* MTPD .*1 h/);

      const grid4h = await call(carla).patch(
        '/business-impact-analyses/BIA-1',
        {
          version: created.body.version,
          impacts: grid(240),
        },
      );
      expect(grid4h.status).toBe(200);
      expect(grid4h.body.mtpdMinutes).toBe(240);
      const timeline = await call(carla).get(
        '/business-impact-analyses/BIA-1/timeline',
      );
      const updated = timeline.body.items.find(
        (e: { kind: string }) => e.kind === 'updated',
      );
      expect(
        updated.data.changes.map((c: { field: string }) => c.field),
      ).toEqual(['impacts']);
    });

    it('is approved by the entity owner, not by who submitted it, with a review date a year on', async () => {
      const current = await call(carla).get('/business-impact-analyses/BIA-1');
      const submitted = await call(carla).post(
        '/business-impact-analyses/BIA-1/transitions',
        { action: 'submit', version: current.body.version },
      );
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({
        state: 'in_review',
        submittedBy: carla,
      });
      const own = await call(carla).post(
        '/business-impact-analyses/BIA-1/approvals',
        { decision: 'approve' },
      );
      expect(own.status).toBe(403);
      expect(own.body.error.message).toMatch(/You submitted BIA-1/);
      const outsider = await call(wes).post(
        '/business-impact-analyses/BIA-1/approvals',
        { decision: 'approve' },
      );
      expect(outsider.status).toBe(403);
      const approved = await call(paula).post(
        '/business-impact-analyses/BIA-1/approvals',
        { decision: 'approve' },
      );
      expect(approved.status).toBe(200);
      expect(approved.body.state).toBe('approved');
      const due = new Date(approved.body.reviewDueAt).getTime();
      const yearOn = Date.now() + 365 * 24 * 3600 * 1000;
      expect(Math.abs(due - yearOn)).toBeLessThan(2 * 24 * 3600 * 1000);
    });

    it('refuses to submit an incomplete analysis, naming the field', async () => {
      const draft = await call(carla).post('/business-impact-analyses', {
        title: 'Payments system',
        description: '',
        entityRefs: ['system:default/payments'],
      });
      const refused = await call(carla).post(
        `/business-impact-analyses/${draft.body.ref}/transitions`,
        { action: 'submit', version: draft.body.version },
      );
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/^businessProcesses/);
    });

    it('lists every inconsistency of the objectives with its path, on the analysis, the entity and the coverage report', async () => {
      // payments-db: approved with an RTO of 8 h, longer than checkout's 2 h.
      const dbBia = await call(carla).post('/business-impact-analyses', {
        title: 'Payments database',
        description: '',
        entityRefs: [db],
        businessProcesses: ['Card payments'],
        impacts: grid(1440),
        rtoMinutes: 480,
        rpoMinutes: 0,
      });
      expect(dbBia.status).toBe(201);
      const submitted = await call(carla).post(
        `/business-impact-analyses/${dbBia.body.ref}/transitions`,
        { action: 'submit', version: dbBia.body.version },
      );
      expect(submitted.status).toBe(200);
      const approved = await call(paula).post(
        `/business-impact-analyses/${dbBia.body.ref}/approvals`,
        { decision: 'approve' },
      );
      expect(approved.body.state).toBe('approved');

      const check = await call(wes).get(
        '/business-impact-analyses/BIA-1/consistency',
      );
      expect(check.status).toBe(200);
      expect(check.body.achievable).toBe(false);
      const issues = check.body.issues.map(
        (i: { kind: string; path: string[] }) => [i.kind, i.path],
      );
      expect(issues).toEqual(
        expect.arrayContaining([
          ['no-plan', [checkout]],
          ['no-approved-analysis', [checkout, ledger]],
          ['longer-rto', [checkout, db]],
        ]),
      );
      expect(
        check.body.issues.find((i: { kind: string }) => i.kind === 'longer-rto')
          .message,
      ).toBe(
        "checkout-service → payments-db: payments-db's RTO 8 h exceeds checkout-service's 2 h",
      );

      const byEntity = await call(wes).get(
        `/continuity/objectives?entityRef=${checkout}`,
      );
      expect(byEntity.body).toMatchObject({
        entityRef: checkout,
        analysis: { ref: 'BIA-1', state: 'approved' },
        rtoMinutes: 120,
        mtpdMinutes: 240,
        achievable: false,
      });
      const missing = await call(wes).get('/continuity/objectives');
      expect(missing.status).toBe(400);

      const coverage = await call(wes).get('/continuity/coverage');
      expect(coverage.status).toBe(200);
      expect(coverage.body.gaps).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            entityRef: checkout,
            reasons: ['mtpd'],
            gaps: ['no-approved-plan', 'no-recent-exercise'],
          }),
        ]),
      );
      expect(
        coverage.body.inconsistent.map(
          (v: { entityRef: string }) => v.entityRef,
        ),
      ).toContain(checkout);
    });

    it('reports each inconsistent service with its count and nearest issues, every inconsistency at its cause, from the CMDB index for callers allowed every entity', async () => {
      const before = await call(wes).get('/continuity/coverage');
      expect(before.body.graphSource).toBe('catalog'); // nothing indexed yet
      const checkoutView = before.body.inconsistent.find(
        (v: { entityRef: string }) => v.entityRef === checkout,
      );
      expect(checkoutView.issueCount).toBeGreaterThanOrEqual(3);
      expect(checkoutView.issues.length).toBe(
        Math.min(checkoutView.issueCount, before.body.issuesPerService),
      );
      expect(checkoutView.truncated).toBe(
        checkoutView.issueCount > checkoutView.issues.length,
      );
      const full = await call(wes).get(
        `/continuity/objectives?entityRef=${checkout}`,
      );
      expect(full.body.issues).toHaveLength(checkoutView.issueCount);
      expect(full.body.issueCount).toBe(checkoutView.issueCount);
      expect(checkoutView.issues).toEqual(
        full.body.issues.slice(0, checkoutView.issues.length),
      );
      // Each inconsistency of the full check is listed at its cause.
      const causes = before.body.causes.map(
        (c: { kind: string; entityRef: string }) => `${c.kind} ${c.entityRef}`,
      );
      for (const issue of full.body.issues) {
        expect(causes).toContain(`${issue.kind} ${issue.entityRef}`);
      }
      expect(before.body.causes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'longer-rto',
            entityRef: db,
            path: [checkout, db],
            services: 1,
            message:
              "checkout-service → payments-db: payments-db's RTO 8 h exceeds checkout-service's 2 h",
          }),
        ]),
      );

      // A look at the catalog fills the index: the same report, from it.
      await knex('itsm_ci_snapshots').insert(indexRows());
      const fromIndex = await call(wes).get('/continuity/coverage');
      const fromCatalog = await call(rita).get('/continuity/coverage');
      expect(fromIndex.body.graphSource).toBe('cmdb-index');
      expect(fromCatalog.body.graphSource).toBe('catalog');
      const { generatedAt: _a, graphSource: _b, ...indexed } = fromIndex.body;
      const { generatedAt: _c, graphSource: _d, ...read } = fromCatalog.body;
      expect(indexed).toEqual(read);

      // The index is as fresh as its last look: until the next one, a
      // dependency the catalog still has is gone for who walks the index.
      const row = indexRows().find(r => r.entity_ref === checkout)!;
      const impact = JSON.parse(row.impact);
      impact.upstream = impact.upstream.filter(
        (l: { entityRef: string }) => l.entityRef !== db,
      );
      await knex('itsm_ci_snapshots')
        .where('entity_ref', checkout)
        .update({ impact: JSON.stringify(impact) });
      const stale = await call(wes).get('/continuity/coverage');
      const slowDb = (body: {
        causes: { kind: string; entityRef: string }[];
      }) =>
        body.causes.some(c => c.kind === 'longer-rto' && c.entityRef === db);
      expect(slowDb(stale.body)).toBe(false);
      expect(slowDb((await call(rita).get('/continuity/coverage')).body)).toBe(
        true,
      );
      await knex('itsm_ci_snapshots').delete();
    });

    it('gathers the facts: dependencies both ways and outage minutes from P1 incidents', async () => {
      const incident = await call(wes).post('/incidents', {
        title: 'Checkout down',
        description: 'All card payments fail',
        entityRefs: [checkout],
        priority: 'P1',
      });
      expect(incident.status).toBe(201);
      const start = new Date(Date.now() - 3 * 3600_000);
      await knex('itsm_records')
        .where('id', incident.body.id)
        .update({
          created_at: start.toISOString(),
          resolved_at: new Date(start.getTime() + 90 * 60_000).toISOString(),
        });
      const facts = await call(wes).get(
        '/business-impact-analyses/BIA-1/facts',
      );
      expect(facts.status).toBe(200);
      expect(facts.body).toMatchObject({
        entityRef: checkout,
        owner: 'group:default/payments-team',
        system: 'system:default/payments',
        outage: { minutes: 90, incidents: 1 },
      });
      expect(
        facts.body.dependsOn.map((e: { entityRef: string }) => e.entityRef),
      ).toEqual(expect.arrayContaining([ledger, db]));
    });

    it('frees the entity for a new analysis once the old one is retired', async () => {
      const current = await call(carla).get('/business-impact-analyses/BIA-1');
      const retired = await call(carla).post(
        '/business-impact-analyses/BIA-1/transitions',
        {
          action: 'retire',
          version: current.body.version,
          reason: 'Rewritten',
        },
      );
      expect(retired.status).toBe(200);
      const again = await call(carla).post('/business-impact-analyses', {
        title: 'Checkout, 2027',
        description: '',
        entityRefs: [checkout],
      });
      expect(again.status).toBe(201);
    });
  },
);
