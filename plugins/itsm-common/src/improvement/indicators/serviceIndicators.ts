import type { IndicatorDefinition } from '../indicatorTypes';

/** The indicators of the catalogue for service levels (§8), continuity (§9) and training (§10.2.3). */
export const serviceIndicators = [
  // Service levels (§8)
  {
    id: 'sla-compliance',
    process: 'service-levels',
    name: 'SLA compliance',
    unit: 'percent',
    better: 'higher',
    section: '§8.3.2',
    computation:
      'Share of the SLA clocks that stopped in the period within their target.',
    breakdowns: ['group', 'service', 'priority'],
    records: 'incident',
  },
  {
    id: 'sla-breaches',
    process: 'service-levels',
    name: 'SLA breaches',
    unit: 'count',
    better: 'lower',
    section: '§8.3.2',
    computation: 'SLA clocks that breached their target in the period.',
    breakdowns: ['group', 'service', 'priority'],
    records: 'incident',
  },
  // Continuity (§9)
  {
    id: 'services-with-approved-plan',
    process: 'continuity',
    name: 'Services with an approved plan',
    unit: 'percent',
    better: 'higher',
    section: '§9.2',
    computation:
      'Share of the services with a business impact analysis (not retired) that an approved or active continuity plan covers, as the records stand at the end of the period.',
    breakdowns: [],
    records: 'continuity-plan',
  },
  {
    id: 'drills-on-schedule',
    process: 'continuity',
    name: 'Drills on schedule',
    unit: 'percent',
    better: 'higher',
    section: '§9.3',
    computation:
      'Share of the exercises planned to start in the period that are completed.',
    breakdowns: ['service'],
    records: 'exercise',
  },
  {
    id: 'drills-within-rto',
    process: 'continuity',
    name: 'Drills within RTO',
    unit: 'percent',
    better: 'higher',
    section: '§9.3',
    computation:
      'Share of the exercises completed in the period with a recovery time objective whose measured recovery met it.',
    breakdowns: ['service'],
    records: 'exercise',
  },
  // Training (§10.2.3)
  {
    id: 'group-trained-share',
    process: 'training',
    name: 'People trained',
    unit: 'percent',
    better: 'higher',
    section: '§10.2.3',
    computation:
      'Share of the members of the support groups who completed a training session on their process in the last twelve months, at the end of the period.',
    breakdowns: ['group'],
    records: 'training',
  },
] as const satisfies readonly IndicatorDefinition[];
