import { ApprovalRound } from '../../core/domain/planApprovalDecision';
import {
  RecordChange,
  PlannedNotification,
} from '../../core/model/notificationModel';
import { ChangeImpact } from './summarizeChangeImpact';

/**
 * Who hears of a change's progress (chapter 5): the change managers when
 * one is submitted; the approvers when their approval is asked for (the
 * requester never, who hears it was sent for approval); the requester when
 * it is returned, rejected, approved or scheduled; and the
 * stakeholders (the owners of the affected and dependent entities) of its
 * content and time once it is scheduled (§5.2.5). Nobody hears of their
 * own move.
 */
export function planChangeNotifications(
  change: RecordChange,
): PlannedNotification[] {
  const { after, event } = change;
  const data = event.data as Record<string, unknown>;
  const about = `${after.ref}: ${after.title}`;
  const planned: PlannedNotification[] = [];
  const add = (
    to: (string | undefined)[],
    purpose: string,
    title: string,
    description?: string,
    exclude?: string[],
  ) => {
    const recipients = [
      ...new Set(
        to.filter(
          (r): r is string => !!r && r !== event.actor && !exclude?.includes(r),
        ),
      ),
    ];
    if (recipients.length > 0) {
      planned.push({
        to: recipients,
        ...(exclude ? { exclude } : {}),
        title,
        description,
        severity: after.fields.model === 'emergency' ? 'high' : 'normal',
        scope: `${after.ref}:${purpose}`,
      });
    }
  };
  const to = data.to as string | undefined;
  if (event.kind === 'transition' || event.kind === 'approval') {
    if (to === 'submitted') {
      add(
        [after.assignmentGroup],
        'review',
        `Change to accept: ${about}`,
        after.description,
      );
    }
    if (to === 'awaiting_approval') {
      const approval = after.fields.approval as ApprovalRound | undefined;
      // The requester is not asked to approve their own change (not even
      // as a member of an approving group); they hear it went out.
      add(
        approval?.groups.flatMap(g => g.approvers) ?? [],
        'approval',
        `Your approval is asked for: ${about}`,
        after.description,
        [after.reportedBy],
      );
      add([after.reportedBy], 'sent', `Sent for approval: ${about}`);
    }
    if (to === 'draft' || to === 'rejected') {
      add(
        [after.reportedBy],
        'returned',
        `${to === 'draft' ? 'Returned to you' : 'Rejected'}: ${about}`,
        String(data.reason ?? data.comment ?? ''),
      );
    }
    if (to === 'scheduled') {
      const window = after.window;
      const when = window ? `${window.start} to ${window.end}` : 'unscheduled';
      const impact = after.fields.impact as ChangeImpact | undefined;
      add([after.reportedBy], 'scheduled', `Scheduled: ${about}`, when);
      add(
        [...(impact?.stakeholders ?? [])].filter(s => s !== after.reportedBy),
        'stakeholders',
        `Planned change ${about}, ${when}`,
        after.description,
      );
    }
  }
  return planned;
}
