import type { IndicatorDefinition } from '../indicatorTypes';

const incidentBreakdowns = ['group', 'service', 'priority'] as const;

/** The indicators of the catalogue for incidents (§2.3.4, §3.3) and satisfaction (§2.3.5). */
export const incidentIndicators = [
  // Incidents (§2.3.4, §3.3)
  {
    id: 'incident-volume',
    process: 'incidents',
    name: 'Incidents reported',
    unit: 'count',
    better: 'lower',
    section: '§2.3.4',
    computation: 'Incidents created in the period.',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  {
    id: 'incident-time-to-accept',
    process: 'incidents',
    name: 'Mean time to accept',
    unit: 'hours',
    better: 'lower',
    section: '§3.3.2',
    computation:
      'Mean time from report to acceptance of the incidents accepted in the period.',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  {
    id: 'incident-time-to-resolve',
    process: 'incidents',
    name: 'Mean time to resolve',
    unit: 'hours',
    better: 'lower',
    section: '§3.3.4',
    computation:
      'Mean time from report to resolution of the incidents resolved in the period.',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  {
    id: 'incident-first-contact-resolution',
    process: 'incidents',
    name: 'First-contact resolution',
    unit: 'percent',
    better: 'higher',
    section: '§2.3.4',
    computation:
      'Share of the incidents resolved in the period that the first line resolved without escalation or reopening.',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  {
    id: 'incident-reopen-rate',
    process: 'incidents',
    name: 'Reopen rate',
    unit: 'percent',
    better: 'lower',
    section: '§3.3.5',
    computation:
      'Share of the incidents first resolved in the period that were reopened.',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  {
    id: 'incident-escalation-rate',
    process: 'incidents',
    name: 'Escalation rate',
    unit: 'percent',
    better: 'lower',
    section: '§3.3.3',
    computation:
      'Share of the incidents resolved in the period that were escalated at least once.',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  {
    id: 'incident-backlog',
    process: 'incidents',
    name: 'Open backlog',
    unit: 'count',
    better: 'lower',
    section: '§2.3.4',
    computation:
      'Incidents open at the end of the period (created before it ends, not resolved by then).',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  {
    id: 'incident-backlog-age',
    process: 'incidents',
    name: 'Backlog age',
    unit: 'days',
    better: 'lower',
    section: '§2.3.4',
    computation:
      'Mean age at the end of the period of the incidents open then.',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  {
    id: 'incident-resolved-within-sla',
    process: 'incidents',
    name: 'Resolved within SLA',
    unit: 'percent',
    better: 'higher',
    section: '§8.3.2',
    computation:
      'Share of the incidents resolved in the period whose resolution clock met its target.',
    breakdowns: incidentBreakdowns,
    records: 'incident',
  },
  // Satisfaction (§2.3.5)
  {
    id: 'satisfaction-rating',
    process: 'satisfaction',
    name: 'Mean satisfaction',
    unit: 'rating',
    better: 'higher',
    section: '§2.3.5',
    computation:
      'Mean overall rating (1-5) of the survey answers given in the period.',
    breakdowns: ['group', 'service'],
  },
  {
    id: 'survey-response-rate',
    process: 'satisfaction',
    name: 'Survey response rate',
    unit: 'percent',
    better: 'higher',
    section: '§2.3.5',
    computation: 'Share of the surveys sent in the period that were answered.',
    breakdowns: ['group', 'service'],
  },
] as const satisfies readonly IndicatorDefinition[];
