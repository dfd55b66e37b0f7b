import { formatDate } from '@backstage-itsm/plugin-itsm-common';
import {
  NameOf,
  PlannedNotification,
  RecordChange,
} from '../../core/model/notificationModel';
import { ApprovalRound } from '../../core/domain/planApprovalDecision';

/**
 * Who hears of a business impact analysis: its approvers when it is
 * submitted (the entity's owner), and its owner when its yearly review
 * falls due (the review task's reminder).
 */
export function planImpactAnalysisNotifications(
  change: RecordChange,
  nameOf: NameOf,
): PlannedNotification[] {
  const { after, event } = change;
  const data = event.data as Record<string, unknown>;
  const entity = after.entityRefs.map(nameOf).join(', ');
  const about = `${after.ref}: ${after.title}`;
  if (event.kind === 'transition' && data.action === 'submit') {
    const round = after.fields.approval as ApprovalRound | undefined;
    const to = (round?.groups ?? []).flatMap(g => g.approvers);
    return to.length
      ? [
          {
            to,
            exclude: [event.actor],
            title: `Approve the business impact analysis of ${entity}`,
            description: `${about} was submitted by ${nameOf(
              event.actor,
            )} and waits for your approval as the owner of ${entity}.`,
            severity: 'normal',
            scope: `${after.ref}:approval`,
          },
        ]
      : [];
  }
  if (event.kind === 'reviewed' && data.type === 'review-due') {
    const owner =
      (after.fields.owner as string | undefined) ??
      after.assignmentGroup ??
      after.assignee;
    return owner
      ? [
          {
            to: [owner],
            title: `Review the business impact analysis of ${entity}`,
            description: `${about} was due for its review on ${formatDate(
              String(data.reviewDueAt),
            )}: check its business processes, impact ratings and recovery objectives, then revise it or confirm it.`,
            severity: 'normal',
            scope: `${after.ref}:review`,
          },
        ]
      : [];
  }
  return [];
}
