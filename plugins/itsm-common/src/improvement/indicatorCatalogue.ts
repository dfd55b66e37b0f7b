import type { RecordType } from '../recordTypes';

/**
 * The processes whose indicators the catalogue holds (§10.1.1), in the
 * order the KPI dashboard shows their scorecards; `dora` is the DORA
 * research's four keys, computed from the same change and release records.
 *
 * @public
 */
export const indicatorProcesses = [
  'incidents',
  'satisfaction',
  'problems',
  'changes',
  'releases',
  'configuration',
  'service-levels',
  'continuity',
  'training',
  'dora',
] as const;

/** @public */
export type IndicatorProcess = (typeof indicatorProcesses)[number];

/**
 * Each process's scorecard title.
 *
 * @public
 */
export const indicatorProcessLabels: Record<IndicatorProcess, string> = {
  incidents: 'Incidents',
  satisfaction: 'Satisfaction',
  problems: 'Problems',
  changes: 'Changes',
  releases: 'Releases',
  configuration: 'Configuration',
  'service-levels': 'Service levels',
  continuity: 'Continuity',
  training: 'Training',
  dora: 'DORA four keys',
};

/**
 * What an indicator's figure counts in: a count of records, a share in
 * percent, a duration in hours or days, a mean rating (1-5), or a rate
 * per week.
 *
 * @public
 */
export type IndicatorUnit =
  | 'count'
  | 'percent'
  | 'hours'
  | 'days'
  | 'rating'
  | 'per-week';

/**
 * What a figure can be broken down by: the assignment group, the affected
 * service (catalog entity), the priority, or a change's type or model.
 *
 * @public
 */
export type IndicatorBreakdown =
  | 'group'
  | 'service'
  | 'priority'
  | 'type'
  | 'model';

/**
 * One indicator of the catalogue (§10.1.1): what it measures, in which
 * unit, which way is better, the standard's section it answers, how it is
 * computed (in words, as the dashboard explains it), what it can be broken
 * down by and which records are behind its figure.
 *
 * @public
 */
export interface IndicatorDefinition {
  id: string;
  process: IndicatorProcess;
  name: string;
  unit: IndicatorUnit;
  better: 'higher' | 'lower';
  section: string;
  computation: string;
  breakdowns: readonly IndicatorBreakdown[];
  /** The record type the drill-down lists; none for catalog figures. */
  records?: RecordType;
}

const incidentBreakdowns = ['group', 'service', 'priority'] as const;
const changeBreakdowns = ['group', 'service', 'type', 'model'] as const;

/**
 * The indicator catalogue (§10.1.1): one definition per indicator, used by
 * the backend that computes the figures and the frontend that shows them.
 * A period is a calendar month (UTC) unless the computation says
 * otherwise; a record counts in the period of the event named.
 *
 * @public
 */
export const indicatorCatalogue = [
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
  // Changes (§5)
  {
    id: 'change-volume',
    process: 'changes',
    name: 'Changes requested',
    unit: 'count',
    better: 'lower',
    section: '§5.3.1',
    computation: 'Change requests created in the period.',
    breakdowns: changeBreakdowns,
    records: 'change',
  },
  {
    id: 'change-success-rate',
    process: 'changes',
    name: 'Change success rate',
    unit: 'percent',
    better: 'higher',
    section: '§5.3.6',
    computation:
      'Share of the changes closed in the period (each implemented and reviewed) whose review outcome is successful or successful with issues.',
    breakdowns: changeBreakdowns,
    records: 'change',
  },
  {
    id: 'emergency-change-share',
    process: 'changes',
    name: 'Emergency changes',
    unit: 'percent',
    better: 'lower',
    section: '§5.3.3',
    computation:
      'Share of the changes created in the period whose model is emergency.',
    breakdowns: ['group', 'service'],
    records: 'change',
  },
  {
    id: 'changes-causing-incidents',
    process: 'changes',
    name: 'Changes that caused incidents',
    unit: 'count',
    better: 'lower',
    section: '§5.3.6',
    computation:
      'Changes whose first incident confirmed as caused by them (a caused-by link from the incident) was confirmed in the period.',
    breakdowns: changeBreakdowns,
    records: 'change',
  },
  {
    id: 'unauthorised-ci-changes',
    process: 'changes',
    name: 'Unauthorised CI changes',
    unit: 'count',
    better: 'lower',
    section: '§6.3.4',
    computation:
      "Changes to configuration items the CMDB's change detection found in the period with no change record covering the item.",
    breakdowns: ['service'],
  },
  {
    id: 'change-accepted-in-time',
    process: 'changes',
    name: 'Accepted within the deadline',
    unit: 'percent',
    better: 'higher',
    section: '§5.3.2',
    computation:
      'Share of the change requests whose acceptance was decided in the period (accepted, or rejected before acceptance) by the deadline their submission set (itsm.changes.acceptanceDeadline).',
    breakdowns: changeBreakdowns,
    records: 'change',
  },
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

/**
 * The id of an indicator of the catalogue.
 *
 * @public
 */
export type IndicatorId = (typeof indicatorCatalogue)[number]['id'];

const byId = new Map<string, IndicatorDefinition>(
  indicatorCatalogue.map(d => [d.id, d]),
);

/**
 * The definition of an indicator, or `undefined` for an id the catalogue
 * does not hold.
 *
 * @public
 */
export function indicatorDefinition(
  id: string,
): IndicatorDefinition | undefined {
  return byId.get(id);
}

/**
 * Whether a text is the id of an indicator of the catalogue.
 *
 * @public
 */
export function isIndicatorId(id: string): id is IndicatorId {
  return byId.has(id);
}
