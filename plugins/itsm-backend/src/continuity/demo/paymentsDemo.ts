import { ImpactCategory } from '@backstage-itsm/plugin-itsm-common';

/** The demo's people and teams (examples/org.yaml). */
export const demoPeople = {
  manager: 'user:default/carla.continuity',
  lead: 'user:default/paula.lead',
  engineer: 'user:default/pat.engineer',
  payments: 'group:default/payments-team',
  platform: 'group:default/platform-team',
  dba: 'group:default/dba-team',
  network: 'group:default/network-ops',
  web: 'group:default/web-team',
  managers: 'group:default/continuity-managers',
};

/** The demo's services of the payments platform (examples/entities.yaml). */
export const demoEntities = {
  checkout: 'component:default/checkout-service',
  gateway: 'component:default/payments-api-gateway',
  processor: 'component:default/payment-processor',
  paymentsDb: 'resource:default/payments-db',
  ledgerDb: 'resource:default/ledger-db',
  san: 'resource:default/san-array-01',
  coreSwitch: 'resource:default/core-switch-01',
};

const CATEGORIES: ImpactCategory[] = [
  'financial',
  'customers',
  'legal',
  'reputation',
  'operations',
];

/**
 * An impact grid over the configured points: each category rated by how
 * long the outage has lasted (`ratingAfter`), `offset` lower for the
 * categories an outage hurts less.
 */
export function impactGrid(
  intervals: number[],
  ratingAfter: (minutes: number) => number,
  offsets: Partial<Record<ImpactCategory, number>> = {},
) {
  return CATEGORIES.flatMap(category =>
    intervals.map(afterMinutes => ({
      category,
      afterMinutes,
      rating: Math.min(
        5,
        Math.max(1, ratingAfter(afterMinutes) - (offsets[category] ?? 0)),
      ),
    })),
  );
}

/**
 * A rating that starts at `from` and rises by one past each of the
 * `thresholds` (minutes).
 */
function risingAfter(thresholds: number[], from: number) {
  return (minutes: number) =>
    from + thresholds.filter(limit => minutes > limit).length;
}

/** The business impact analyses: checkout, and the database it relies on. */
export function demoAnalyses(intervals: number[]) {
  return [
    {
      title: 'Business impact analysis: Checkout Service',
      description:
        'What an outage of checkout costs Acme Payments: no basket can be paid, so every minute loses card sales and merchant trust.',
      entityRefs: [demoEntities.checkout],
      businessProcesses: [
        'Online card payment at checkout',
        'Merchant order confirmation',
        'Refunds started from the storefront',
      ],
      impacts: impactGrid(intervals, risingAfter([60, 240, 1440], 2), {
        legal: 1,
        operations: 1,
      }),
      rtoMinutes: 240,
      rpoMinutes: 15,
    },
    {
      title: 'Business impact analysis: Payments database',
      description:
        'The PostgreSQL cluster of payments, authorisations and fraud scores. Restoring it from the replica takes a working day.',
      entityRefs: [demoEntities.paymentsDb],
      businessProcesses: [
        'Authorisation and capture of card payments',
        'Fraud scoring history',
      ],
      impacts: impactGrid(intervals, risingAfter([240, 1440, 4320], 2), {
        reputation: 1,
      }),
      rtoMinutes: 480,
      rpoMinutes: 5,
    },
  ];
}

/** The risks of the payments platform, one per area but software. */
export function demoRisks(day: (offset: number) => string) {
  return [
    {
      create: {
        title: 'Storage array failure takes the payments database down',
        description:
          'Both payments-db volumes sit on san-array-01; a controller failure stops authorisations until the replica is promoted.',
        entityRefs: [demoEntities.paymentsDb, demoEntities.san],
        area: 'hardware',
        likelihood: 3,
        impact: 5,
        singleLossExpectancy: 250000,
        annualRateOfOccurrence: 0.2,
        existingControls: 'RAID 6, vendor support with 4-hour response',
        treatment: 'reduce',
        treatmentOwner: demoPeople.dba,
        treatmentDueDate: day(45),
        reviewDate: day(120),
      },
      moves: ['assess', 'start_treatment'],
    },
    {
      create: {
        title: 'The acquiring bank’s API is unavailable',
        description:
          'Payment processor calls one acquirer; its outage stops every card payment although our systems run.',
        entityRefs: [demoEntities.processor],
        area: 'external',
        likelihood: 3,
        impact: 4,
        singleLossExpectancy: 80000,
        annualRateOfOccurrence: 1,
        existingControls: 'Retries with back-off; status page of the acquirer',
        treatment: 'transfer',
        treatmentOwner: demoPeople.lead,
        treatmentDueDate: day(90),
        reviewDate: day(90),
      },
      moves: ['assess', 'start_treatment'],
    },
    {
      create: {
        title: 'Ransomware encrypts the ledger',
        description:
          'A compromised batch server could encrypt ledger-db and its online backups.',
        entityRefs: [demoEntities.ledgerDb],
        area: 'data',
        likelihood: 2,
        impact: 5,
        existingControls: 'Nightly backups, EDR on the servers',
        treatment: 'reduce',
        treatmentOwner: demoPeople.platform,
        treatmentDueDate: day(30),
        reviewDate: day(60),
      },
      moves: ['assess', 'start_treatment'],
    },
    {
      create: {
        title: 'Core switch failure isolates the data centre',
        description:
          'core-switch-01 carries all traffic between the load balancers and the servers.',
        entityRefs: [demoEntities.coreSwitch],
        area: 'network',
        likelihood: 1,
        impact: 4,
        existingControls: 'Redundant supervisor modules, spare on site',
        treatment: 'accept',
        reviewDate: day(180),
      },
      moves: ['assess', 'accept'],
    },
    {
      create: {
        title: 'Only two engineers can fail payments over',
        description:
          'The failover of the payments platform is known to two people of the payments team.',
        entityRefs: [demoEntities.checkout],
        area: 'people',
        likelihood: 3,
        impact: 3,
        existingControls: 'Runbooks in the wiki',
        treatment: 'reduce',
        treatmentOwner: demoPeople.payments,
        treatmentDueDate: day(60),
        reviewDate: day(90),
      },
      moves: ['assess'],
    },
  ];
}

const RUNBOOKS = 'https://runbooks.acme.example/payments';

/** The continuity plan of checkout and payments (§9.2). */
export function demoPlan(day: (offset: number) => string, drillStart: string) {
  return {
    create: {
      title: 'Continuity plan: checkout and payments',
      description:
        'Keeps card payments at checkout going through the loss of the payments database, the application servers or the acquirer, and recovers them within four hours.',
      entityRefs: [
        demoEntities.checkout,
        demoEntities.gateway,
        demoEntities.processor,
      ],
      owner: demoPeople.payments,
    },
    content: {
      measures: [
        {
          phase: 'prevention',
          title: 'Stream payments-db to a replica in the second site',
          owner: demoPeople.dba,
          dueDate: day(-50),
        },
        {
          phase: 'prevention',
          title: 'Immutable nightly backups of payments-db and ledger-db',
          owner: demoPeople.platform,
          dueDate: day(-30),
        },
        {
          phase: 'detection',
          title: 'Synthetic checkout probe every minute, paging the on-call',
          owner: demoPeople.payments,
          dueDate: day(-40),
        },
        {
          phase: 'detection',
          title: 'Alert when replication lag exceeds five minutes',
          owner: demoPeople.dba,
          dueDate: day(-10),
        },
        {
          phase: 'response',
          title: 'Crisis bridge and status page templates',
          owner: demoPeople.managers,
          dueDate: day(20),
        },
        {
          phase: 'response',
          title: 'Maintenance page for checkout behind a feature flag',
          owner: demoPeople.web,
          dueDate: day(30),
        },
        {
          phase: 'recovery',
          title: 'Scripted promotion of the payments-db replica',
          owner: demoPeople.dba,
          dueDate: day(45),
        },
        {
          phase: 'recovery',
          title: 'Quarterly restore test of ledger-db',
          owner: demoPeople.platform,
          dueDate: day(60),
        },
      ],
      procedure: [
        {
          title: 'Declare the continuity event and open the crisis bridge',
          role: 'Incident manager',
          expectedMinutes: 15,
          runbookUrl: `${RUNBOOKS}/declare`,
        },
        {
          title: 'Switch checkout to the maintenance page',
          role: 'Web on-call',
          expectedMinutes: 10,
          runbookUrl: `${RUNBOOKS}/maintenance-page`,
        },
        {
          title: 'Promote the payments-db replica in the second site',
          role: 'Database administrator',
          expectedMinutes: 60,
          runbookUrl: `${RUNBOOKS}/promote-replica`,
        },
        {
          title: 'Point the payment processor and gateway at the new primary',
          role: 'Payments engineer',
          expectedMinutes: 30,
          runbookUrl: `${RUNBOOKS}/repoint-services`,
        },
        {
          title: 'Verify test payments end to end with the acquirer',
          role: 'Payments engineer',
          expectedMinutes: 30,
          runbookUrl: `${RUNBOOKS}/verify-payments`,
        },
        {
          title: 'Reopen checkout and tell merchants',
          role: 'Incident manager',
          expectedMinutes: 15,
          runbookUrl: `${RUNBOOKS}/reopen`,
        },
      ],
      activation: {
        text: 'Card payments at checkout fail or are degraded for more than 15 minutes, or the payments database is lost.',
        priorityAtOrAbove: 'P1',
        majorIncident: true,
        coveredEntityAffected: true,
      },
      resources: {
        entityRefs: [demoEntities.paymentsDb, 'resource:default/srv-db-02'],
        items: ['Second acquirer contract (fallback routing)', 'Crisis bridge'],
      },
      contacts: {
        refs: [demoPeople.payments, demoPeople.lead, demoPeople.managers],
        others: [
          { name: 'Acquirer duty desk', reach: '+49 69 0000 1234' },
          { name: 'Merchant support lead', reach: 'merchants@acme.example' },
        ],
      },
      schedule: [
        {
          title: 'Quarterly payments drill',
          kind: 'tabletop',
          rrule: 'FREQ=MONTHLY;INTERVAL=3',
          start: drillStart,
        },
      ],
    },
    /** Measures done since (by index in `measures`): the overdue one is not. */
    done: [0, 1, 2],
  };
}

/** The drill held two months ago (§9.3). */
export const demoDrill = {
  title: 'Tabletop: loss of the payments database',
  description:
    'The payments team walks through the plan for the loss of the payments-db primary on a weekday morning.',
  entityRefs: [demoEntities.checkout],
  kind: 'tabletop',
  scope: 'Checkout, the payments API gateway and the payment processor',
  scenario:
    'At 10:00 on a Tuesday the storage array under payments-db fails; checkout stops taking card payments.',
  participants: [demoPeople.lead, demoPeople.engineer, demoPeople.dba],
  /** Minutes each step of the procedure took, in order. */
  stepMinutes: [12, 8, 85, 35, 25, 10],
  result: 'passed_with_findings',
  dataLossMinutes: 10,
  finding: {
    title:
      'The replica promotion runbook lacks the DNS switch; add it and script it',
    owner: demoPeople.dba,
    dueInDays: 14,
  },
};
