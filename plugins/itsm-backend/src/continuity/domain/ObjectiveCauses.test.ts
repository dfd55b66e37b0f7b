import {
  checkRecoveryObjectives,
  ObjectiveNode,
} from './checkRecoveryObjectives';
import { ObjectiveCauses } from './ObjectiveCauses';

const web = 'component:default/storefront';
const checkout = 'component:default/checkout-service';
const ledger = 'component:default/ledger-service';
const db = 'resource:default/payments-db';

const graph = new Map<string, ObjectiveNode>(
  Object.entries({
    [web]: [checkout],
    [checkout]: [ledger, db],
    [ledger]: [db],
    [db]: [],
  }).map(([ref, dependsOn]) => [
    ref,
    { entityRef: ref, kind: ref.split(':')[0], dependsOn },
  ]),
);

describe('ObjectiveCauses', () => {
  it('lists each entity at fault once, with the services it affects and its shortest path', () => {
    // Everything has a plan; the ledger has no analysis; the database an RTO of 8 h.
    const continuity = {
      [web]: { ref: 'BIA-1', rtoMinutes: 60 },
      [checkout]: { ref: 'BIA-2', rtoMinutes: 240 },
      [db]: { ref: 'BIA-3', rtoMinutes: 480 },
    } as Record<string, { ref: string; rtoMinutes: number }>;
    const causes = new ObjectiveCauses();
    for (const service of [web, checkout]) {
      checkRecoveryObjectives({
        service,
        rtoMinutes: continuity[service].rtoMinutes,
        graph,
        continuityOf: ref => ({
          covered: true,
          ...(continuity[ref]
            ? { analysis: { ...continuity[ref], state: 'approved' } }
            : {}),
        }),
        maxIssues: 0,
        onIssue: causes.add,
      });
    }
    expect(
      causes.list().map(c => [c.kind, c.entityRef, c.services, c.path]),
    ).toEqual([
      ['no-approved-analysis', ledger, 2, [checkout, ledger]],
      // The database is slower than both; the path from checkout is shorter.
      ['longer-rto', db, 2, [checkout, db]],
      ['longer-rto', checkout, 1, [web, checkout]],
    ]);
    expect(causes.list()[1].message).toBe(
      "checkout-service → payments-db: payments-db's RTO 8 h exceeds checkout-service's 4 h",
    );
  });
});
