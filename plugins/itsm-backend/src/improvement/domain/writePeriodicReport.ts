import {
  IndicatorDefinition,
  IndicatorStatus,
  IndicatorUnit,
  indicatorProcessLabels,
  indicatorTrend,
  priorityLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { riskReportCsv } from '../../continuity';

/** What a report counts of the records (the store's `readReportFacts`). */
export type ReportFacts = {
  /** Incidents opened in the month, by priority and by category. */
  incidentsByPriority: { key: string; count: number }[];
  incidentsByCategory: { key: string; count: number }[];
  /** Improvement items opened and closed in the month (closed by state). */
  improvementsOpened: number;
  improvementsClosed: { key: string; count: number }[];
};

/** One indicator of a report: its figure this month and the previous one. */
export type ReportIndicator = {
  definition: IndicatorDefinition;
  value: number | null;
  previous: number | null;
  status: IndicatorStatus;
};

/** Service level compliance of one clock kind (§8.3). */
export type ReportSlaCompliance = {
  met: number;
  breached: number;
  pending: number;
  percent: number | null;
};

/** The configuration status summary (§6.3.3), the portal's. */
export type ReportConfigurationStatus = {
  total: number;
  staleDays: number;
  counts: {
    noOwner: number;
    unclassified: number;
    noSupportGroup: number;
    stale: number;
  };
};

/** What a monthly report is written from. */
export type PeriodicReportInput = {
  /** The scope in words: "the portal", or the group's or service's name. */
  scopeName: string;
  period: string;
  previousPeriod: string;
  generatedAt: string;
  /** Undefined when no indicator reader runs. */
  indicators?: ReportIndicator[];
  facts: ReportFacts;
  serviceLevels?: {
    response: ReportSlaCompliance;
    restore: ReportSlaCompliance;
  };
  configuration?: ReportConfigurationStatus;
};

const unitSuffix: Record<IndicatorUnit, string> = {
  count: '',
  percent: ' %',
  hours: ' h',
  days: ' d',
  rating: ' / 5',
  'per-week': ' / week',
};

/** A figure in its unit, one or two decimals; an em dash when there is none. */
export function formatFigure(
  value: number | null | undefined,
  unit: IndicatorUnit,
): string {
  if (value === null || value === undefined) return '—';
  const digits = { count: 0, rating: 2 }[unit as string] ?? 1;
  return `${value.toFixed(digits)}${unitSuffix[unit]}`;
}

const statusLabels: Record<IndicatorStatus, string> = {
  met: 'Met',
  warning: 'Warning',
  critical: 'Critical',
  none: 'No target',
};

/** A status in words; without a figure there is nothing to hold to a target. */
const statusText = (
  status: IndicatorStatus,
  value: number | null | undefined,
) =>
  value === null || value === undefined ? 'No figure' : statusLabels[status];

const trendLabels = {
  better: 'Better',
  worse: 'Worse',
  same: 'Same',
  unknown: '—',
} as const;

/** A table cell of Markdown: one line, its pipes escaped. */
const md = (value: unknown) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

const row = (cells: unknown[]) => `| ${cells.map(md).join(' | ')} |`;

const rounded = (value: number | null) =>
  value === null ? '' : Math.round(value * 100) / 100;

/** A priority in words, e.g. `P2 - High`. */
const priorityName = (key: string) =>
  (priorityLabels as Record<string, string>)[key] ?? key;

/**
 * The monthly report of a scope (§2.1.2(5), §6.3.3, §8.3): Markdown to
 * read and print (the indicators against target and the previous month,
 * incident volumes by priority and category, service level compliance and
 * breaches, the configuration status for the portal, improvement items
 * opened and closed) and CSV of the same figures, one a row.
 */
export function writePeriodicReport(input: PeriodicReportInput): {
  markdown: string;
  csv: string;
} {
  const { facts } = input;
  const totalIncidents = facts.incidentsByPriority.reduce(
    (n, r) => n + r.count,
    0,
  );
  const csvRows: unknown[][] = [
    ['Section', 'Item', 'Key', 'Value', 'Unit', 'Previous', 'Status', 'Trend'],
  ];
  const lines: string[] = [
    `# Monthly report: ${input.scopeName}, ${input.period}`,
    '',
    `Generated ${input.generatedAt.replace('T', ' ').slice(0, 16)} UTC for ${
      input.period
    }, compared with ${input.previousPeriod}.`,
    '',
    '## Indicators (§10.1)',
    '',
  ];
  if (!input.indicators) {
    lines.push('The indicators are not computed on this portal.', '');
  } else {
    lines.push(
      row([
        'Process',
        'Indicator',
        'Section',
        input.period,
        input.previousPeriod,
        'Trend',
        'Target',
      ]),
      row(['---', '---', '---', '---:', '---:', '---', '---']),
    );
    for (const i of input.indicators) {
      const { definition: d } = i;
      const trend = indicatorTrend(d, i.value, i.previous);
      lines.push(
        row([
          indicatorProcessLabels[d.process],
          d.name,
          d.section,
          formatFigure(i.value, d.unit),
          formatFigure(i.previous, d.unit),
          trendLabels[trend],
          statusText(i.status, i.value),
        ]),
      );
      csvRows.push([
        'Indicators',
        d.name,
        d.id,
        rounded(i.value),
        d.unit,
        rounded(i.previous),
        statusText(i.status, i.value),
        trendLabels[trend],
      ]);
    }
    lines.push('');
  }
  lines.push(
    '## Incidents (§2.1.2(5), §2.3.4)',
    '',
    `${totalIncidents} incident${
      totalIncidents === 1 ? '' : 's'
    } opened in the month.`,
    '',
    row(['Priority', 'Incidents']),
    row(['---', '---:']),
    ...facts.incidentsByPriority.map(r => row([priorityName(r.key), r.count])),
    '',
    row(['Category', 'Incidents']),
    row(['---', '---:']),
    ...facts.incidentsByCategory.map(r =>
      row([r.key || 'Uncategorised', r.count]),
    ),
    '',
  );
  csvRows.push(
    ['Incidents', 'Opened', 'total', totalIncidents, 'count'],
    ...facts.incidentsByPriority.map(r => [
      'Incidents',
      'By priority',
      r.key,
      r.count,
      'count',
    ]),
    ...facts.incidentsByCategory.map(r => [
      'Incidents',
      'By category',
      r.key || 'uncategorised',
      r.count,
      'count',
    ]),
  );
  lines.push('## Service levels (§8.3)', '');
  if (!input.serviceLevels) {
    lines.push('No service level report on this portal.', '');
  } else {
    lines.push(
      row(['Clock', 'Met', 'Breached', 'Pending', 'Compliance']),
      row(['---', '---:', '---:', '---:', '---:']),
    );
    for (const kind of ['response', 'restore'] as const) {
      const c = input.serviceLevels[kind];
      const name = kind === 'response' ? 'Response' : 'Restore';
      lines.push(
        row([
          name,
          c.met,
          c.breached,
          c.pending,
          formatFigure(c.percent, 'percent'),
        ]),
      );
      csvRows.push(
        ['Service levels', name, 'met', c.met, 'count'],
        ['Service levels', name, 'breached', c.breached, 'count'],
        ['Service levels', name, 'pending', c.pending, 'count'],
        ['Service levels', name, 'compliance', rounded(c.percent), 'percent'],
      );
    }
    lines.push('');
  }
  if (input.configuration) {
    const c = input.configuration;
    lines.push(
      '## Configuration status (§6.3.3)',
      '',
      row(['Configuration items', 'Count']),
      row(['---', '---:']),
      row(['All items', c.total]),
      row(['Without an owner', c.counts.noOwner]),
      row(['Without a class', c.counts.unclassified]),
      row(['Without a support group', c.counts.noSupportGroup]),
      row([`Unchanged for ${c.staleDays} days`, c.counts.stale]),
      '',
    );
    csvRows.push(
      ['Configuration', 'Items', 'total', c.total, 'count'],
      ['Configuration', 'Items', 'no owner', c.counts.noOwner, 'count'],
      ['Configuration', 'Items', 'no class', c.counts.unclassified, 'count'],
      [
        'Configuration',
        'Items',
        'no support group',
        c.counts.noSupportGroup,
        'count',
      ],
      ['Configuration', 'Items', 'stale', c.counts.stale, 'count'],
    );
  }
  const closed = facts.improvementsClosed.reduce((n, r) => n + r.count, 0);
  lines.push(
    '## Improvement (§10.2.2, §10.3)',
    '',
    `${facts.improvementsOpened} improvement item${
      facts.improvementsOpened === 1 ? '' : 's'
    } opened, ${closed} closed${
      closed
        ? ` (${facts.improvementsClosed
            .map(
              r =>
                `${r.count} ${stateLabel('improvement', r.key).toLowerCase()}`,
            )
            .join(', ')})`
        : ''
    }.`,
    '',
  );
  csvRows.push(
    ['Improvement', 'Items', 'opened', facts.improvementsOpened, 'count'],
    ...facts.improvementsClosed.map(r => [
      'Improvement',
      'Items closed',
      r.key,
      r.count,
      'count',
    ]),
  );
  return { markdown: `${lines.join('\n')}\n`, csv: riskReportCsv(csvRows) };
}
