import type { IndicatorDefinition } from '../indicatorTypes';

/** The indicators of the catalogue for the DORA four keys, from the same change and release records. */
export const doraIndicators = [
  // DORA four keys, from the same records
  {
    id: 'deployment-frequency',
    process: 'dora',
    name: 'Deployment frequency',
    unit: 'per-week',
    better: 'higher',
    section: '§7.3.3',
    computation:
      'Releases confirmed in production in the period (whether rolled back since), per week.',
    breakdowns: ['group', 'service'],
    records: 'release',
  },
  {
    id: 'lead-time-for-changes',
    process: 'dora',
    name: 'Lead time for changes',
    unit: 'hours',
    better: 'lower',
    section: '§5.3.5',
    computation:
      "Median time from a change or release being requested (created) to its being in production (a change's implementation completed, else its closure, unless backed out; a release's confirmation), of those that reached production in the period.",
    breakdowns: ['group', 'service'],
    records: 'change',
  },
  {
    id: 'change-failure-rate',
    process: 'dora',
    name: 'Change failure rate',
    unit: 'percent',
    better: 'lower',
    section: '§5.3.6',
    computation:
      'Share of the changes closed and the releases released or rolled back in the period that failed: a change reviewed as failed or backed out, a release rolled back, or either with an incident confirmed as caused by it.',
    breakdowns: ['group', 'service'],
    records: 'change',
  },
  {
    id: 'time-to-restore',
    process: 'dora',
    name: 'Time to restore service',
    unit: 'hours',
    better: 'lower',
    section: '§3.3.4',
    computation:
      'Median time from report to resolution of the P1 and P2 incidents resolved in the period.',
    breakdowns: ['group', 'service'],
    records: 'incident',
  },
] as const satisfies readonly IndicatorDefinition[];
