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
