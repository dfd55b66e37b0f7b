import { AllowedActions, Problem } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../database/RecordStore';
import { pickObjects, pickStrings } from './presenters';

/** The problem fields kept in a record's `fields`, as text. */
const problemTextFields = [
  'source',
  'impact',
  'urgency',
  'workaround',
  'businessImpact',
  'risk',
  'returnedReason',
  'resolution',
  'verification',
  'reason',
] as const;

/**
 * A record as the API shows a problem; with `allowed`, what the caller may
 * do with it.
 */
export function presentProblem(
  record: StoredRecord,
  allowed?: AllowedActions,
): Problem {
  return {
    id: record.id,
    ref: record.ref,
    type: 'problem',
    version: record.version,
    state: record.state,
    title: record.title,
    description: record.description,
    priority: record.priority as Problem['priority'],
    entityRefs: record.entityRefs,
    category: (record.category ?? 'other') as Problem['category'],
    knownError: record.fields.knownError === true,
    ...pickStrings(record.fields, problemTextFields),
    ...pickObjects(record.fields, [
      'investigation',
      'rootCause',
      'solutionPlan',
      'approval',
    ]),
    ...pickStrings(record, [
      'assignmentGroup',
      'assignee',
      'reportedBy',
    ] as const),
    ...(allowed ? { allowed } : {}),
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.resolvedAt ? { resolvedAt: record.resolvedAt } : {}),
    ...(record.closedAt ? { closedAt: record.closedAt } : {}),
  } as Problem;
}
