import { entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { coverageCsv } from './coverageCsv';

describe('coverageCsv', () => {
  it("writes a row per gap, per listed inconsistency with its service's count, and per cause with the services it affects", () => {
    const csv = coverageCsv(
      {
        generatedAt: '2026-12-08T10:00:00Z',
        criticalMtpdMinutes: 1440,
        criticalServices: 1,
        gaps: [
          {
            entityRef: 'component:default/checkout-service',
            reasons: ['mtpd'],
            analysis: { ref: 'BIA-1', state: 'approved', mtpdMinutes: 240 },
            planCovered: false,
            gaps: ['no-approved-plan', 'no-recent-exercise'],
          },
        ],
        inconsistent: [
          {
            entityRef: 'component:default/checkout-service',
            analysis: { ref: 'BIA-1', state: 'approved' },
            rtoMinutes: 240,
            achievable: false,
            issueCount: 7,
            truncated: true,
            issues: [
              {
                kind: 'longer-rto',
                entityRef: 'resource:default/payments-db',
                path: [
                  'component:default/checkout-service',
                  'resource:default/payments-db',
                ],
                message: "payments-db's RTO 8 h exceeds checkout-service's 4 h",
              },
            ],
          },
        ],
        issuesPerService: 1,
        causes: [
          {
            kind: 'longer-rto',
            entityRef: 'resource:default/payments-db',
            path: [
              'component:default/checkout-service',
              'resource:default/payments-db',
            ],
            message: "payments-db's RTO 8 h exceeds checkout-service's 4 h",
            rtoMinutes: 480,
            serviceRtoMinutes: 240,
            services: 12,
          },
        ],
        graphSource: 'cmdb-index',
      },
      entityRefName,
    );
    expect(csv.trim().split('\n')).toEqual([
      'Service,Finding,Analysis,RTO (min),MTPD (min),Count,Path,Detail',
      'checkout-service,No approved plan,BIA-1,,240,,,',
      'checkout-service,No exercise in 12 months,BIA-1,,240,,,',
      "checkout-service,Inconsistent objective,BIA-1,240,,7,checkout-service → payments-db,payments-db's RTO 8 h exceeds checkout-service's 4 h",
      "payments-db,Cause: Longer RTO,,480,,12,checkout-service → payments-db,payments-db's RTO 8 h exceeds checkout-service's 4 h",
    ]);
  });
});
