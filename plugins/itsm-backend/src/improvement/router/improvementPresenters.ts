import {
  AllowedActions,
  ImprovementItem,
  TrainingSession,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  pickArrays,
  pickObjects,
  pickStrings,
  recordHead,
  recordTail,
} from '../../core/router/presenters';

/** The named properties that hold numbers, leaving out absent ones. */
const pickNumbers = (from: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(
    keys.flatMap(key =>
      typeof from[key] === 'number' ? [[key, from[key] as number]] : [],
    ),
  );

/**
 * A record as the API shows an improvement item (§10.2.2): where it came
 * from, its owner and expected benefit, the indicator it should move with
 * its baseline and target, its due date, its approval round (and who
 * last resubmitted it for one) and, once closed, its outcome.
 */
export function presentImprovement(
  record: StoredRecord,
  allowed?: AllowedActions,
): ImprovementItem {
  return {
    ...recordHead(record),
    ...pickStrings(record.fields, [
      'owner',
      'source',
      'sourceRef',
      'expectedBenefit',
      'indicatorId',
      'dueDate',
      'outcome',
      'returnedReason',
      'approvedAt',
      'resubmittedBy',
      'startedAt',
      'evaluatingSince',
    ]),
    ...pickNumbers(record.fields, ['baseline', 'target']),
    ...pickObjects(record.fields, ['approval']),
    ...recordTail(record, allowed),
  } as ImprovementItem;
}

/**
 * A record as the API shows a training session (§10.2.3): the process it
 * trains, when, who is to attend, its material and who completed it.
 */
export function presentTraining(
  record: StoredRecord,
  allowed?: AllowedActions,
): TrainingSession {
  return {
    ...recordHead(record),
    ...pickStrings(record.fields, ['owner', 'process', 'scheduledAt']),
    ...pickArrays(record.fields, ['attendees', 'completedBy', 'materials']),
    ...recordTail(record, allowed),
  } as TrainingSession;
}
