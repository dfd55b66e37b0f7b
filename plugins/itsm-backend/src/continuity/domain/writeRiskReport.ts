import {
  continuityRiskLevelLabels,
  ContinuityRiskLevel,
  formatDate,
  formatDateTime,
  Risk,
  riskAreaLabels,
  riskImpactLabels,
  riskLikelihoodLabels,
  RiskMatrix,
  riskTreatmentLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { riskReportCsv } from './riskReportCsv';

/** What a report is written from: the ranked register and who asked. */
export type RiskReportInput = {
  /** The scope in words: "All services", or the system's or domain's name. */
  scopeName: string;
  /** The register, ranked (§9.1.3(4)). */
  risks: Risk[];
  matrix: RiskMatrix;
  currency: string;
  generatedAt: string;
  generatedByName: string;
  /** A person's or an entity's name by its ref. */
  nameOf: (ref: string) => string;
};

const label = <T extends string>(
  labels: Record<T, string>,
  value: T | undefined,
) => (value === undefined ? '' : labels[value] ?? value);

const day = (value: string | undefined) =>
  value ? formatDate(`${value}T00:00:00Z`, { timeZone: 'UTC' }) : '';

/** A table cell of Markdown: one line, its pipes escaped. */
const md = (value: unknown) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

/** Who answers for a risk's treatment: its treatment owner, else its owner. */
const answerable = (r: Risk) => r.treatmentOwner ?? r.owner;

const row = (cells: unknown[]) => `| ${cells.map(md).join(' | ')} |`;

const amount = (value: number | undefined, currency: string) =>
  value === undefined
    ? ''
    : `${value.toLocaleString('en-GB', {
        maximumFractionDigits: 2,
      })} ${currency}`;

/**
 * The risk assessment report (§9.1.3(5)) of a register: Markdown to read
 * (a summary by level, the likelihood × impact heat map with its counts,
 * the ranked register, and each risk's controls and treatment) and CSV of
 * the register for a spreadsheet, one risk a row.
 */
export function writeRiskReport(input: RiskReportInput): {
  markdown: string;
  csv: string;
} {
  const { risks, currency, nameOf } = input;
  const ownerOf = (r: Risk) => {
    const ref = answerable(r);
    return ref ? nameOf(ref) : '';
  };
  const levels = Object.keys(
    continuityRiskLevelLabels,
  ).reverse() as ContinuityRiskLevel[];
  const count = (level?: ContinuityRiskLevel) =>
    risks.filter(r => r.level === level).length;
  const totalAle = risks.reduce(
    (sum, r) => sum + (r.annualLossExpectancy ?? 0),
    0,
  );
  const lines = [
    `# Risk assessment report: ${input.scopeName}`,
    '',
    `Generated ${formatDateTime(input.generatedAt, {
      timeZone: 'UTC',
    })} by ${input.generatedByName}. ${risks.length} risk${
      risks.length === 1 ? '' : 's'
    } in the register, ranked by level, then annual loss expectancy, then likelihood × impact.`,
    '',
    '## Summary',
    '',
    row(['Level', 'Risks']),
    row(['---', '---:']),
    ...levels.map(level =>
      row([continuityRiskLevelLabels[level], count(level)]),
    ),
    row(['Not yet rated', count(undefined)]),
    '',
    `Annual loss expectancy of the risks with amounts: ${amount(
      Math.round(totalAle * 100) / 100,
      currency,
    )}.`,
    '',
    '## Heat map (likelihood × impact)',
    '',
    row([
      'Likelihood \\ Impact',
      ...[1, 2, 3, 4, 5].map(i => `${i} ${riskImpactLabels[i]}`),
    ]),
    row(['---', ...[1, 2, 3, 4, 5].map(() => '---')]),
    ...[5, 4, 3, 2, 1].map(l =>
      row([
        `${l} ${riskLikelihoodLabels[l]}`,
        ...[1, 2, 3, 4, 5].map(i => {
          const n = risks.filter(
            r => r.likelihood === l && r.impact === i,
          ).length;
          return `${n} (${
            continuityRiskLevelLabels[input.matrix[l - 1][i - 1]]
          })`;
        }),
      ]),
    ),
    '',
    '## Ranked register',
    '',
    row([
      '#',
      'Risk',
      'Threat',
      'Area',
      'Level',
      'L × I',
      `ALE`,
      'Treatment',
      'Owner',
      'Due',
      'Review',
    ]),
    row([
      '---:',
      '---',
      '---',
      '---',
      '---',
      '---',
      '---:',
      '---',
      '---',
      '---',
      '---',
    ]),
    ...risks.map((r, i) =>
      row([
        i + 1,
        r.ref,
        r.title,
        label(riskAreaLabels, r.area),
        label(continuityRiskLevelLabels, r.level),
        r.likelihood && r.impact ? `${r.likelihood} × ${r.impact}` : '',
        amount(r.annualLossExpectancy, r.currency ?? currency),
        label(riskTreatmentLabels, r.treatment),
        ownerOf(r),
        day(r.treatmentDueDate),
        day(r.reviewDate),
      ]),
    ),
    '',
    '## Controls and treatment',
    '',
    ...risks.flatMap(r => [
      `### ${md(r.ref)}: ${md(r.title)}`,
      '',
      `- Affects: ${r.entityRefs.map(nameOf).join(', ') || '—'}`,
      `- State: ${stateLabel('risk', r.state)}`,
      `- Existing controls: ${md(r.existingControls) || '—'}`,
      `- Treatment: ${label(riskTreatmentLabels, r.treatment) || '—'}${
        r.treatmentDueDate ? `, due ${day(r.treatmentDueDate)}` : ''
      }`,
      '',
    ]),
  ];
  const csv = riskReportCsv([
    [
      'Rank',
      'Risk',
      'Threat',
      'Area',
      'State',
      'Level',
      'Likelihood',
      'Impact',
      'Single loss expectancy',
      'Annual rate of occurrence',
      'Annual loss expectancy',
      'Currency',
      'Existing controls',
      'Treatment',
      'Treatment owner',
      'Treatment due',
      'Review date',
      'Owner',
      'Affected entities',
    ],
    ...risks.map((r, i) => [
      i + 1,
      r.ref,
      r.title,
      label(riskAreaLabels, r.area),
      stateLabel('risk', r.state),
      label(continuityRiskLevelLabels, r.level),
      r.likelihood,
      r.impact,
      r.singleLossExpectancy,
      r.annualRateOfOccurrence,
      r.annualLossExpectancy,
      r.annualLossExpectancy === undefined ? '' : r.currency ?? currency,
      r.existingControls,
      label(riskTreatmentLabels, r.treatment),
      r.treatmentOwner ? nameOf(r.treatmentOwner) : '',
      r.treatmentDueDate,
      r.reviewDate,
      r.owner ? nameOf(r.owner) : '',
      r.entityRefs.map(nameOf).join('; '),
    ]),
  ]);
  return { markdown: `${lines.join('\n')}\n`, csv };
}
