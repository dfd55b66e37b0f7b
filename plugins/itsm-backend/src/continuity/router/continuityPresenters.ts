import {
  AllowedActions,
  BusinessImpactAnalysis,
  ContinuityPlan,
  Exercise,
  Risk,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  pickArrays,
  pickObjects,
  pickStrings,
  recordHead,
  recordTail,
} from '../../core/router/presenters';
import { presentContinuityPlanContent } from './presentContinuityPlanContent';
import { riskFieldsOf } from '../domain/planRiskAssessment';

/** What every continuity record shows: the record's head, owner and tail. */
function presentContinuityRecord(
  record: StoredRecord,
  allowed: AllowedActions | undefined,
  own: readonly string[],
) {
  return {
    ...recordHead(record),
    ...pickStrings(record.fields, ['owner', ...own]),
    ...recordTail(record, allowed),
  };
}

/**
 * A record as the API shows a risk (§9.1): its area, and its assessment
 * and treatment as far as they are given (the level from the matrix, the
 * annual loss expectancy from the amounts).
 */
export function presentRisk(
  record: StoredRecord,
  allowed?: AllowedActions,
): Risk {
  return {
    ...presentContinuityRecord(record, allowed, ['area']),
    ...riskFieldsOf(record.fields),
  } as Risk;
}

/** The named properties that hold numbers, leaving out absent ones. */
const pickNumbers = (from: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(
    keys.flatMap(key =>
      typeof from[key] === 'number' ? [[key, from[key] as number]] : [],
    ),
  );

/** A record as the API shows a business impact analysis (§9.1.3). */
export function presentImpactAnalysis(
  record: StoredRecord,
  allowed?: AllowedActions,
): BusinessImpactAnalysis {
  const fields = record.fields;
  return {
    ...presentContinuityRecord(record, allowed, [
      'submittedBy',
      'submittedAt',
      'approvedAt',
      'reviewDueAt',
      'returnedReason',
    ]),
    businessProcesses: (fields.businessProcesses as string[]) ?? [],
    impactIntervals: (fields.impactIntervals as number[]) ?? [],
    impacts: (fields.impacts as BusinessImpactAnalysis['impacts']) ?? [],
    ...pickNumbers(fields, ['rtoMinutes', 'rpoMinutes', 'mtpdMinutes']),
    ...pickObjects(fields, ['approval']),
  } as BusinessImpactAnalysis;
}

/** A record as the API shows a continuity plan (§9.2). */
export function presentContinuityPlan(
  record: StoredRecord,
  allowed?: AllowedActions,
): ContinuityPlan {
  return {
    ...presentContinuityRecord(record, allowed, []),
    ...presentContinuityPlanContent(record),
  } as ContinuityPlan;
}

/** A record as the API shows an exercise (§9.3). */
export function presentExercise(
  record: StoredRecord,
  allowed?: AllowedActions,
): Exercise {
  const { fields } = record;
  return {
    ...presentContinuityRecord(record, allowed, [
      'kind',
      'result',
      'plan',
      'scope',
      'scenario',
      'plannedStart',
      'changeRequest',
      'startedAt',
    ]),
    ...pickArrays(fields, ['participants', 'checklist', 'findings']),
    ...pickObjects(fields, ['window', 'objectives', 'measurement']),
    ...(typeof fields.dataLossMinutes === 'number'
      ? { dataLossMinutes: fields.dataLossMinutes }
      : {}),
  } as Exercise;
}
