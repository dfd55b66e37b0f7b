/**
 * The kinds of ITSM record that share the record core (human ids, affected
 * entities, workflow, timeline, links).
 *
 * @public
 */
export type RecordType =
  | 'incident'
  | 'problem'
  | 'change'
  | 'release'
  | 'risk'
  | 'impact-analysis'
  | 'continuity-plan'
  | 'exercise'
  | 'improvement'
  | 'training';

/**
 * The prefix of each record type's human id, as in `INC-1042`.
 *
 * @public
 */
export const recordRefPrefixes: Record<RecordType, string> = {
  incident: 'INC',
  problem: 'PRB',
  change: 'CHG',
  release: 'REL',
  risk: 'RSK',
  'impact-analysis': 'BIA',
  'continuity-plan': 'CP',
  exercise: 'EX',
  improvement: 'IMP',
  training: 'TRN',
};

/**
 * Formats the human id of a record, e.g. `formatRecordRef('incident', 12)` is
 * `INC-12`.
 *
 * @public
 */
export function formatRecordRef(type: RecordType, number: number): string {
  return `${recordRefPrefixes[type]}-${number}`;
}

/**
 * Reads the number out of a human id of the given type; `undefined` when the
 * text is not such an id (`INC-12` gives 12 for incidents, `CHG-12` nothing).
 *
 * @public
 */
export function parseRecordRef(
  type: RecordType,
  text: string,
): number | undefined {
  const match = /^([A-Za-z]+)-(\d{1,16})$/.exec(text.trim());
  if (!match || match[1].toUpperCase() !== recordRefPrefixes[type]) {
    return undefined;
  }
  const number = Number(match[2]);
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}
