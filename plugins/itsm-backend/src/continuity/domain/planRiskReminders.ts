import { formatDate } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/model/recordModel';

/** A reminder of one risk's due date. */
export type RiskReminder = {
  kind: 'review' | 'treatment';
  dueDate: string;
  /** The user or group told. */
  to: string;
  title: string;
  description: string;
};

/** The states a risk's treatment is still to be done in. */
const untreated = ['identified', 'assessed', 'in_treatment'];

const day = (date: string) =>
  formatDate(`${date}T00:00:00Z`, { timeZone: 'UTC' });

/**
 * The reminders a risk is due as of `now` (§9.1): its review once its
 * review date has passed, to its owner; its treatment once the due date
 * has passed while it is not yet treated, to the treatment's owner (else
 * the risk's). A date passes at the end of its day (UTC).
 */
export function planRiskReminders(
  record: StoredRecord,
  now: Date,
): RiskReminder[] {
  const today = now.toISOString().slice(0, 10);
  const fields = record.fields as Record<string, unknown>;
  const owner =
    (fields.owner as string | undefined) ??
    record.assignee ??
    record.assignmentGroup;
  const reminders: RiskReminder[] = [];
  const review = fields.reviewDate;
  if (typeof review === 'string' && review < today && owner) {
    reminders.push({
      kind: 'review',
      dueDate: review,
      to: owner,
      title: `Review of ${record.ref} is due`,
      description: `${record.title}: the risk was to be reviewed by ${day(
        review,
      )}.`,
    });
  }
  const due = fields.treatmentDueDate;
  const treatmentOwner = (fields.treatmentOwner as string | undefined) ?? owner;
  if (
    typeof due === 'string' &&
    due < today &&
    untreated.includes(record.state) &&
    treatmentOwner
  ) {
    reminders.push({
      kind: 'treatment',
      dueDate: due,
      to: treatmentOwner,
      title: `Treatment of ${record.ref} is overdue`,
      description: `${record.title}: the treatment was due by ${day(due)}.`,
    });
  }
  return reminders;
}
