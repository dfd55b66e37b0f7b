import {
  IndicatorTarget,
  isIndicatorId,
} from '@backstage-itsm/plugin-itsm-common';
import { checkIndicatorTarget } from './checkIndicatorTarget';

/** The annotation a service sets its own indicator targets with. */
export const KPI_TARGETS_ANNOTATION = 'itsm.io/kpi-targets';

/**
 * A service's own targets from its `itsm.io/kpi-targets` annotation, a
 * JSON object of indicator id → `{ target, warning, critical }`. What is
 * wrong is named in `problems` and left out (an unknown id, a bad
 * target); text that is not a JSON object gives no targets.
 */
export function parseKpiTargetsAnnotation(text: string | undefined): {
  targets: Map<string, IndicatorTarget>;
  problems: string[];
} {
  const targets = new Map<string, IndicatorTarget>();
  if (text === undefined) return { targets, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      targets,
      problems: [`${KPI_TARGETS_ANNOTATION} is not JSON`],
    };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      targets,
      problems: [`${KPI_TARGETS_ANNOTATION} must be a JSON object`],
    };
  }
  const problems: string[] = [];
  for (const [id, value] of Object.entries(parsed)) {
    if (!isIndicatorId(id)) {
      problems.push(`${KPI_TARGETS_ANNOTATION}: no indicator ${id}`);
      continue;
    }
    const checked = checkIndicatorTarget(
      value,
      `${KPI_TARGETS_ANNOTATION}.${id}`,
    );
    if ('problem' in checked) problems.push(checked.problem);
    else targets.set(id, checked.target);
  }
  return { targets, problems };
}
