import type { IndicatorDefinition } from '../indicatorTypes';

/** The indicators of the catalogue for problems (§4). */
export const problemIndicators = [
  // Problems (§4)
  {
    id: 'problem-time-to-root-cause',
    process: 'problems',
    name: 'Time to root cause',
    unit: 'days',
    better: 'lower',
    section: '§4.3.2',
    computation:
      'Mean time from logging to the root cause found, of the problems whose cause was found in the period.',
    breakdowns: ['group', 'service', 'priority'],
    records: 'problem',
  },
  {
    id: 'known-errors-created',
    process: 'problems',
    name: 'Known errors recorded',
    unit: 'count',
    better: 'higher',
    section: '§4.3.3',
    computation: 'Problems that became known errors in the period.',
    breakdowns: ['group', 'service'],
    records: 'problem',
  },
  {
    id: 'incidents-per-known-error',
    process: 'problems',
    name: 'Incidents per known error',
    unit: 'count',
    better: 'lower',
    section: '§4.3.3',
    computation:
      'Incidents created in the period linked to a known error, divided by the known errors they were linked to (recurrence).',
    breakdowns: ['group', 'service'],
    records: 'problem',
  },
  {
    id: 'problems-fixed-by-change',
    process: 'problems',
    name: 'Problems fixed by a change',
    unit: 'count',
    better: 'higher',
    section: '§4.3.4',
    computation:
      'Problems closed in the period whose fix was a change that was implemented.',
    breakdowns: ['group', 'service'],
    records: 'problem',
  },
] as const satisfies readonly IndicatorDefinition[];
