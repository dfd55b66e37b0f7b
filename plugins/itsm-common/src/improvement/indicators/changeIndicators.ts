import type { IndicatorDefinition } from '../indicatorTypes';

const changeBreakdowns = ['group', 'service', 'type', 'model'] as const;

/** The indicators of the catalogue for changes (§5). */
export const changeIndicators = [
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
] as const satisfies readonly IndicatorDefinition[];
