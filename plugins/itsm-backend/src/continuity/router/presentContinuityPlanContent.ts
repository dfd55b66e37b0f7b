import {
  ContinuityDrill,
  ContinuityMeasure,
  ContinuityPlan,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import { ApprovalRound } from '../../core/domain/planApprovalDecision';
import { nextDrillDates } from '../domain/planDrillSchedule';
import { versionSummaries } from '../services/ContinuityPlanService';

/**
 * What a plan shows besides every continuity record's head (§9.2): its
 * content, each drill with its next dates from now, its approval round,
 * who submitted it and last edited its content, and its approved
 * versions (without their content: `GET .../versions/{n}`).
 */
export function presentContinuityPlanContent(
  record: StoredRecord,
  now = new Date(),
): Partial<ContinuityPlan> {
  const f = record.fields;
  const measures = ((f.measures ?? []) as ContinuityMeasure[]).map(m => ({
    id: m.id,
    phase: m.phase,
    title: m.title,
    owner: m.owner,
    dueDate: m.dueDate,
    ...(m.doneAt ? { doneBy: m.doneBy, doneAt: m.doneAt } : {}),
  }));
  const schedule = ((f.schedule ?? []) as ContinuityDrill[]).map(d => ({
    ...d,
    nextDates: nextDrillDates(d, now),
  }));
  const text = (name: string) =>
    typeof f[name] === 'string' ? { [name]: f[name] as string } : {};
  return {
    measures,
    procedure: (f.procedure ?? []) as ContinuityPlan['procedure'],
    activation: (f.activation ?? {}) as ContinuityPlan['activation'],
    resources: (f.resources ?? {
      entityRefs: [],
      items: [],
    }) as ContinuityPlan['resources'],
    contacts: (f.contacts ?? {
      refs: [],
      others: [],
    }) as ContinuityPlan['contacts'],
    schedule,
    ...(f.approval
      ? { approval: f.approval as ApprovalRound as ContinuityPlan['approval'] }
      : {}),
    ...text('returnedReason'),
    ...text('submittedBy'),
    ...text('contentEditedBy'),
    ...text('contentEditedAt'),
    versions: versionSummaries(record),
  };
}
