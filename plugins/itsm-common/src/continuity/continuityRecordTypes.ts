import type {
  BusinessImpactAnalysis,
  ContinuityPlan,
  Exercise,
  Risk,
} from '../types';

/**
 * The record types of IT service continuity (chapter 9).
 *
 * @public
 */
export const continuityRecordTypes = [
  'risk',
  'impact-analysis',
  'continuity-plan',
  'exercise',
] as const;

/** @public */
export type ContinuityRecordType = (typeof continuityRecordTypes)[number];

/**
 * A continuity record of each type, as the API shows it.
 *
 * @public
 */
export type ContinuityRecordOf = {
  risk: Risk;
  'impact-analysis': BusinessImpactAnalysis;
  'continuity-plan': ContinuityPlan;
  exercise: Exercise;
};

/**
 * Where each continuity type's records are: the API's collection under
 * `/api/itsm` and the portal's pages under `/itsm` (e.g. `risks`, so
 * `/api/itsm/risks/RSK-4` and `/itsm/risks/RSK-4`).
 *
 * @public
 */
export const continuityPaths: Record<ContinuityRecordType, string> = {
  risk: 'risks',
  'impact-analysis': 'business-impact-analyses',
  'continuity-plan': 'continuity-plans',
  exercise: 'exercises',
};

/**
 * Each continuity type in words: one record, and several.
 *
 * @public
 */
export const continuityTypeLabels: Record<
  ContinuityRecordType,
  { one: string; many: string }
> = {
  risk: { one: 'Risk', many: 'Risks' },
  'impact-analysis': {
    one: 'Business impact analysis',
    many: 'Business impact analyses',
  },
  'continuity-plan': { one: 'Continuity plan', many: 'Continuity plans' },
  exercise: { one: 'Exercise', many: 'Exercises' },
};

/**
 * Whether a record type is one of continuity's.
 *
 * @public
 */
export function isContinuityRecordType(
  type: string,
): type is ContinuityRecordType {
  return (continuityRecordTypes as readonly string[]).includes(type);
}
