/**
 * The record types of continual improvement (chapter 10): improvement
 * items (§10.2.2, §10.3) and training sessions (§10.2.3).
 *
 * @public
 */
export const improvementRecordTypes = ['improvement', 'training'] as const;

/** @public */
export type ImprovementRecordType = (typeof improvementRecordTypes)[number];

/**
 * Where each improvement type's records are: the API's collection under
 * `/api/itsm` and the portal's pages under `/itsm`.
 *
 * @public
 */
export const improvementPaths: Record<ImprovementRecordType, string> = {
  improvement: 'improvements',
  training: 'trainings',
};

/**
 * Each improvement type in words: one record, and several.
 *
 * @public
 */
export const improvementTypeLabels: Record<
  ImprovementRecordType,
  { one: string; many: string }
> = {
  improvement: { one: 'Improvement item', many: 'Improvement items' },
  training: { one: 'Training session', many: 'Training sessions' },
};

/**
 * Whether a record type is one of continual improvement's.
 *
 * @public
 */
export function isImprovementRecordType(
  type: string,
): type is ImprovementRecordType {
  return (improvementRecordTypes as readonly string[]).includes(type);
}
