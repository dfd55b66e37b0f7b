import {
  checkRecoveryObjectives,
  EntityContinuity,
  ObjectiveNode,
} from './checkRecoveryObjectives';

const checkout = 'component:default/checkout-service';
const ledger = 'component:default/ledger-service';
const db = 'resource:default/payments-db';
const server = 'resource:default/srv-db-01';

const graphOf = (edges: Record<string, string[]>) =>
  new Map<string, ObjectiveNode>(
    Object.entries(edges).map(([ref, dependsOn]) => [
      ref,
      { entityRef: ref, kind: ref.split(':')[0], dependsOn },
    ]),
  );

const approved = (rtoMinutes: number): EntityContinuity => ({
  analysis: { ref: 'BIA-9', state: 'approved', rtoMinutes },
  covered: true,
});

describe('checkRecoveryObjectives', () => {
  const graph = graphOf({
    [checkout]: [ledger],
    [ledger]: [db],
    [db]: [server],
    [server]: [],
  });

  it('flags a transitive dependency with a longer RTO, with its path', () => {
    const continuity: Record<string, EntityContinuity> = {
      [checkout]: approved(240),
      [ledger]: approved(120),
      [db]: approved(480),
    };
    const { issues } = checkRecoveryObjectives({
      service: checkout,
      rtoMinutes: 240,
      graph,
      continuityOf: ref => continuity[ref],
    });
    expect(issues).toEqual([
      {
        kind: 'longer-rto',
        entityRef: db,
        path: [checkout, ledger, db],
        rtoMinutes: 480,
        serviceRtoMinutes: 240,
        message:
          "checkout-service → ledger-service → payments-db: payments-db's RTO 8 h exceeds checkout-service's 4 h",
      },
    ]);
  });

  it('flags components without an approved analysis or a plan, and the service without a plan', () => {
    const { issues } = checkRecoveryObjectives({
      service: checkout,
      rtoMinutes: 240,
      graph,
      continuityOf: ref =>
        ref === ledger
          ? { analysis: { ref: 'BIA-2', state: 'draft' }, covered: false }
          : undefined,
    });
    expect(issues.map(i => [i.kind, i.entityRef])).toEqual([
      ['no-plan', checkout],
      ['no-approved-analysis', ledger],
      ['no-plan', ledger],
    ]);
    expect(issues[1].message).toBe(
      'checkout-service → ledger-service: ledger-service has no approved business impact analysis (BIA-2 is not approved yet)',
    );
  });

  it('passes through resources without an analysis and is safe on cycles', () => {
    const cyclic = graphOf({
      [checkout]: [db],
      [db]: [ledger],
      [ledger]: [checkout],
    });
    const { issues } = checkRecoveryObjectives({
      service: checkout,
      rtoMinutes: 60,
      graph: cyclic,
      continuityOf: ref => (ref === ledger ? approved(90) : approved(60)),
    });
    // payments-db has an analysis here (approved(60)) and is fine.
    expect(issues.map(i => i.path)).toEqual([[checkout, db, ledger]]);
    const silent = checkRecoveryObjectives({
      service: checkout,
      rtoMinutes: 60,
      graph: cyclic,
      continuityOf: ref => (ref === db ? undefined : approved(60)),
    });
    expect(silent.issues).toEqual([]);
  });

  it('reports each entity once, by a shortest path', () => {
    const diamond = graphOf({
      [checkout]: [ledger, db],
      [ledger]: [db],
      [db]: [],
    });
    const { issues } = checkRecoveryObjectives({
      service: checkout,
      rtoMinutes: 60,
      graph: diamond,
      continuityOf: ref => (ref === db ? approved(120) : approved(60)),
    });
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual([checkout, db]);
  });

  it('lists the nearest issues up to the limit, counts them all and hears each one', () => {
    const heard: string[] = [];
    const result = checkRecoveryObjectives({
      service: checkout,
      rtoMinutes: 240,
      graph,
      continuityOf: () => undefined,
      maxIssues: 2,
      onIssue: issue => heard.push(`${issue.kind} ${issue.entityRef}`),
    });
    expect(result.issues.map(i => [i.kind, i.entityRef])).toEqual([
      ['no-plan', checkout],
      ['no-approved-analysis', ledger],
    ]);
    expect(result.issueCount).toBe(3);
    expect(result.truncated).toBe(true);
    expect(heard).toEqual([
      `no-plan ${checkout}`,
      `no-approved-analysis ${ledger}`,
      `no-plan ${ledger}`,
    ]);
  });
});
