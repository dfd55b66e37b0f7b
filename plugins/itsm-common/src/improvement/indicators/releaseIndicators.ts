import type { IndicatorDefinition } from '../indicatorTypes';

/** The indicators of the catalogue for releases (§7). */
export const releaseIndicators = [
  // Releases (§7)
  {
    id: 'release-on-time',
    process: 'releases',
    name: 'Releases on time',
    unit: 'percent',
    better: 'higher',
    section: '§7.3.3',
    computation:
      'Share of the releases whose rollout started in the period that started within their planned window.',
    breakdowns: ['group', 'service'],
    records: 'release',
  },
  {
    id: 'release-rolled-back',
    process: 'releases',
    name: 'Releases rolled back',
    unit: 'count',
    better: 'lower',
    section: '§7.3.4',
    computation: 'Releases rolled back in the period.',
    breakdowns: ['group', 'service'],
    records: 'release',
  },
  {
    id: 'release-failed-verifications',
    process: 'releases',
    name: 'Failed verifications',
    unit: 'count',
    better: 'lower',
    section: '§7.3.4',
    computation:
      'Verification checks of release packages recorded as failed in the period (a check recorded again counts by its last result).',
    breakdowns: ['group', 'service'],
    records: 'release',
  },
] as const satisfies readonly IndicatorDefinition[];
