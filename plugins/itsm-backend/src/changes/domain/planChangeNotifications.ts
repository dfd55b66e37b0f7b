import { ApprovalRound } from '../../core/domain/planApprovalDecision';
import {
  NameOf,
  RecordChange,
  PlannedNotification,
} from '../../core/model/notificationModel';
import { utcWindow } from '../../core/domain/utcTime';
import { ChangeImpact } from './summarizeChangeImpact';

/**
 * Who hears of a change's progress (chapter 5): the change managers when
 * one is submitted; the approvers when their approval is asked for (the
 * requester never, who hears it was sent for approval); the requester when
 * it is returned, rejected, approved or scheduled; and the
 * stakeholders (the owners of the affected and dependent entities) of its
 * content and time once it is scheduled (§5.2.5). Nobody hears of their
 * own move. The texts name who requested it, what it affects (`nameOf`)
 * and its window, in UTC.
 */
export function planChangeNotifications(
  change: RecordChange,
  nameOf: NameOf,
): PlannedNotification[] {
  const { after, event } = change;
  const data = event.data as Record<string, unknown>;
  const about = `${after.ref}: ${after.title}`;
  const when = utcWindow(after.window);
  const requested = [
    `Requested by ${after.reportedBy ? nameOf(after.reportedBy) : 'someone'}${
      after.entityRefs.length
        ? ` for ${after.entityRefs.map(nameOf).join(', ')}`
        : ''
    }, ${when}.`,
    after.description,
  ]
    .filter(Boolean)
    .join('\n\n');
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
        requested,
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
        requested,
        [after.reportedBy],
      );
      add([after.reportedBy], 'sent', `Sent for approval: ${about}`);
    }
    if (to === 'draft' || to === 'rejected') {
      add(
        [after.reportedBy],
        'returned',
        `${to === 'draft' ? 'Returned to you' : 'Rejected'}: ${about}`,
        `${nameOf(event.actor)}: ${String(
          data.reason ?? data.comment ?? 'no reason given',
        )}`,
      );
    }
    if (to === 'scheduled') {
      const impact = after.fields.impact as ChangeImpact | undefined;
      add([after.reportedBy], 'scheduled', `Scheduled: ${about}`, when);
      add(
        [...(impact?.stakeholders ?? [])].filter(s => s !== after.reportedBy),
        'stakeholders',
        `Planned change ${about}, ${when}`,
        requested,
      );
    }
  }
  return planned;
}
