import { ApprovalRound } from '../../core/domain/planApprovalDecision';
import {
  NameOf,
  PlannedNotification,
  RecordChange,
} from '../../core/model/notificationModel';
import { RemindedMeasure } from './planOverdueMeasureReminders';

/**
 * Who hears of a continuity plan (§9.2): its owner and contacts when it is
 * invoked from a major incident (§9.2.2, who to inform); its approvers
 * when their approval is asked for; whoever submitted it when it is
 * approved or rejected; and the owner of each overdue measure, once per
 * measure and due date (the reminder task's change). Nobody hears of their
 * own move (the notifier leaves the actor out).
 */
export function planContinuityPlanNotifications(
  change: RecordChange,
  nameOf: NameOf,
): PlannedNotification[] {
  const { after, event } = change;
  if (typeof event.data.invokedFor === 'string') {
    return planInvocationNotifications(change, nameOf);
  }
  const data = event.data as Record<string, unknown>;
  const about = `${after.ref}: ${after.title}`;
  const planned: PlannedNotification[] = [];
  if (Array.isArray(data.overdue)) {
    for (const m of data.overdue as RemindedMeasure[]) {
      planned.push({
        to: [m.owner],
        title: `Overdue measure of ${about}`,
        description: `${m.title} was due on ${m.dueDate} and is not done. Tick it on the plan once it is.`,
        severity: 'high',
        scope: `${after.ref}:measure:${m.id}`,
      });
    }
    return planned;
  }
  if (event.kind === 'transition' && data.to === 'in_review') {
    const approval = after.fields.approval as ApprovalRound | undefined;
    planned.push({
      to: approval?.groups.flatMap(g => g.approvers) ?? [],
      title: `Your approval is asked for: ${about}`,
      description: `Submitted by ${nameOf(event.actor)}; it covers ${
        after.entityRefs.map(nameOf).join(', ') || 'no entity yet'
      }.`,
      severity: 'normal',
      scope: `${after.ref}:approval`,
    });
  }
  if (event.kind === 'approval' && data.to) {
    const submitter = after.fields.submittedBy as string | undefined;
    if (submitter) {
      planned.push({
        to: [submitter],
        title:
          data.outcome === 'approved'
            ? `Approved: ${about}`
            : `Rejected: ${about}`,
        description:
          typeof data.comment === 'string' ? data.comment : undefined,
        severity: 'normal',
        scope: `${after.ref}:approval`,
      });
    }
  }
  return planned;
}

/**
 * Who is told when a plan is invoked for a major incident: its owner and
 * the people and groups among its contacts (`contacts.refs`), except
 * whoever invoked it.
 */
function planInvocationNotifications(
  change: RecordChange,
  nameOf: NameOf,
): PlannedNotification[] {
  const { after, event } = change;
  const incident = event.data.invokedFor as string;
  const contacts = after.fields.contacts as { refs?: unknown } | undefined;
  const refs = Array.isArray(contacts?.refs)
    ? contacts!.refs.filter((r): r is string => typeof r === 'string')
    : [];
  const owner =
    typeof after.fields.owner === 'string' ? [after.fields.owner] : [];
  const to = [...new Set([...owner, ...refs])];
  if (to.length === 0) return [];
  return [
    {
      to,
      exclude: [event.actor],
      title: `${after.ref} invoked for major incident ${incident}`,
      description: `${nameOf(event.actor)} invoked the continuity plan '${
        after.title
      }' for ${incident}. Follow its procedure from the incident's page.`,
      severity: 'critical',
      scope: `${after.ref}:invoked`,
    },
  ];
}
