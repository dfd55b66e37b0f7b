import {
  indicatorDefinition,
  IndicatorProcess,
  indicatorProcesses,
  KpiFigure,
} from '@backstage-itsm/plugin-itsm-common';
import type { ScorecardRow } from './ProcessScorecard';

/**
 * A scorecard's figures by process, in the dashboard's order
 * (`indicatorProcesses`), each in the catalogue's order; figures of ids
 * the catalogue does not hold are left out, and so are processes without
 * a figure (or, with `only`, processes not named).
 */
export function scorecardRows(
  figures: KpiFigure[],
  only?: readonly IndicatorProcess[],
): { process: IndicatorProcess; rows: ScorecardRow[] }[] {
  const byProcess = new Map<IndicatorProcess, ScorecardRow[]>();
  for (const figure of figures) {
    const definition = indicatorDefinition(figure.indicatorId);
    if (!definition) continue;
    const rows = byProcess.get(definition.process) ?? [];
    rows.push({ definition, figure });
    byProcess.set(definition.process, rows);
  }
  return indicatorProcesses
    .filter(process => !only || only.includes(process))
    .filter(process => byProcess.has(process))
    .map(process => ({ process, rows: byProcess.get(process)! }));
}
