import type { Priority } from '@backstage-itsm/plugin-itsm-common';
import type { ResolvedTarget } from '../domain/resolveIndicatorTarget';
import type { IndicatorValue } from '../indicators/IndicatorComputation';
import type { KpiRecord } from '../database/readRecordsBehind';

/** A target as the API shows it (`KpiTarget`). */
export function presentTarget(target: ResolvedTarget | undefined) {
  if (!target) return {};
  return {
    target: {
      target: target.target,
      ...(target.warning === undefined ? {} : { warning: target.warning }),
      ...(target.critical === undefined ? {} : { critical: target.critical }),
      source: target.source,
    },
  };
}

/** A figure's value and what it is made of. */
export function presentValue(figure: IndicatorValue) {
  return {
    value: figure.value,
    ...(figure.numerator === undefined ? {} : { numerator: figure.numerator }),
    ...(figure.denominator === undefined
      ? {}
      : { denominator: figure.denominator }),
    sample: figure.sample,
  };
}

/** A record behind a figure (`KpiRecord`). */
export function presentKpiRecord(record: KpiRecord) {
  return {
    ref: record.ref,
    type: record.type,
    title: record.title,
    state: record.state,
    priority: record.priority as Priority,
    ...(record.assignmentGroup
      ? { assignmentGroup: record.assignmentGroup }
      : {}),
    entityRefs: record.entityRefs,
    createdAt: record.createdAt,
  };
}
