import type { IndicatorDefinition } from '../indicatorTypes';

/** The indicators of the catalogue for configuration (§6). */
export const configurationIndicators = [
  // Configuration (§6)
  {
    id: 'ci-with-owner',
    process: 'configuration',
    name: 'Items with an owner',
    unit: 'percent',
    better: 'higher',
    section: '§6.3.2',
    computation:
      "Share of the configuration items in the CMDB's index of the catalog that name an owner, as it stands at the end of the period.",
    breakdowns: [],
  },
  {
    id: 'ci-with-class',
    process: 'configuration',
    name: 'Items with a class',
    unit: 'percent',
    better: 'higher',
    section: '§6.3.2',
    computation:
      "Share of the configuration items in the CMDB's index of the catalog that a rule or annotation gave a class, as it stands at the end of the period.",
    breakdowns: [],
  },
  {
    id: 'ci-with-support-group',
    process: 'configuration',
    name: 'Items with a support group',
    unit: 'percent',
    better: 'higher',
    section: '§6.3.2',
    computation:
      "Share of the configuration items in the CMDB's index of the catalog that name a support group (itsm/support-group, else the owner), as it stands at the end of the period.",
    breakdowns: [],
  },
  {
    id: 'ci-stale',
    process: 'configuration',
    name: 'Stale items',
    unit: 'count',
    better: 'lower',
    section: '§6.3.5',
    computation:
      'Configuration items the configuration audit reports as stale: their tracked fields unchanged in the 90 days before the end of the period.',
    breakdowns: [],
  },
] as const satisfies readonly IndicatorDefinition[];
