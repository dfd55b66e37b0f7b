import {
  ContinuityMeasure,
  isMeasureOverdue,
} from '@backstage-itsm/plugin-itsm-common';
import { PlannedChange, StoredRecord } from '../../core/model/recordModel';

/** Who reminds owners of overdue measures, on the timeline. */
export const CONTINUITY_REMINDER_ACTOR = 'itsm:continuity-reminders';

/** A measure as its fields keep it, with the due date its owner was told of. */
export type RemindedMeasure = ContinuityMeasure & { remindedFor?: string };

/**
 * The overdue measures of a plan whose owners have not been told yet for
 * their due date (§9.2.2(3)), marked as told; undefined when there are
 * none. A measure is reminded of once per due date: a new due date that
 * passes is told again. Retired plans remind nobody.
 */
export function planOverdueMeasureReminders(
  record: StoredRecord,
  now: Date,
): PlannedChange | undefined {
  if (record.state === 'retired') return undefined;
  const measures = (record.fields.measures ?? []) as RemindedMeasure[];
  const due = measures.filter(
    m => isMeasureOverdue(m, now) && m.remindedFor !== m.dueDate,
  );
  if (due.length === 0) return undefined;
  return {
    expectedState: record.state,
    set: {
      fields: {
        ...record.fields,
        measures: measures.map(m =>
          due.includes(m) ? { ...m, remindedFor: m.dueDate } : m,
        ),
      },
    },
    event: {
      kind: 'updated',
      actor: CONTINUITY_REMINDER_ACTOR,
      data: {
        changes: due.map(m => ({
          field: 'measures',
          from: `${m.title}: due ${m.dueDate}`,
          to: `${m.title}: overdue, ${m.owner} reminded`,
        })),
        overdue: due.map(m => ({
          id: m.id,
          title: m.title,
          owner: m.owner,
          dueDate: m.dueDate,
        })),
      },
    },
  };
}
