import type { ImprovementPlan } from '../types';
import { improvementSourceLabels } from './improvementFields';
import { indicatorDefinition } from './indicatorCatalogue';
import { improvementWorkflow } from './improvementWorkflow';

/**
 * The approver seat of everyone who holds `itsm.improvement.manage`: an
 * improvement item's approval round names it beside the owning group's
 * lead, and the backend gives it to the improvement managers' claims.
 *
 * @public
 */
export const IMPROVEMENT_MANAGERS_SEAT = 'itsm.improvement.manage';

/**
 * The states of the items the continual improvement plan holds (§10.3.1):
 * approved, in progress or being evaluated.
 *
 * @public
 */
export const improvementPlanStates = [
  'approved',
  'in_progress',
  'evaluating',
] as const;

/**
 * The quarter (1-4) a date (`YYYY-MM-DD`) falls in, with its year.
 *
 * @public
 */
export function quarterOf(date: string): { year: number; quarter: number } {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) throw new TypeError(`A date is YYYY-MM-DD; got '${date}'`);
  return {
    year: Number(match[1]),
    quarter: Math.floor((Number(match[2]) - 1) / 3) + 1,
  };
}

const cell = (text: string | number | undefined) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

/**
 * The continual improvement plan (§10.3.1) as Markdown: a table per
 * quarter of its items (ref, title, state, owner, due date, indicator
 * with baseline and target, source). Owners are given as `nameOf` says
 * them (a catalog title; the ref when not given).
 *
 * @public
 */
export function improvementPlanMarkdown(
  plan: ImprovementPlan,
  nameOf: (ref: string) => string = ref => ref,
): string {
  const lines = [`# Continual improvement plan ${plan.year}`, ''];
  const sections = [
    ...plan.quarters.map(q => ({ title: q.label, items: q.items })),
    ...(plan.undated.length
      ? [{ title: 'Without a due date', items: plan.undated }]
      : []),
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '');
    if (section.items.length === 0) {
      lines.push('No improvement items due.', '');
      continue;
    }
    lines.push(
      '| Ref | Title | State | Owner | Due | Indicator | Baseline → target | Source |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const item of section.items) {
      const indicator = item.indicatorId
        ? indicatorDefinition(item.indicatorId)?.name ?? item.indicatorId
        : '';
      const figures =
        item.baseline !== undefined || item.target !== undefined
          ? `${item.baseline ?? '?'} → ${item.target ?? '?'}`
          : '';
      const source = `${improvementSourceLabels[item.source] ?? item.source}${
        item.sourceRef ? ` (${item.sourceRef})` : ''
      }`;
      lines.push(
        `| ${[
          item.ref,
          item.title,
          improvementWorkflow.stateLabels[
            item.state as keyof typeof improvementWorkflow.stateLabels
          ] ?? item.state,
          item.owner ? nameOf(item.owner) : '',
          item.dueDate ?? '',
          indicator,
          figures,
          source,
        ]
          .map(cell)
          .join(' | ')} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
