import {
  labelOf,
  slaClockKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import {
  NameOf,
  PlannedNotification,
  RecordChange,
} from '../../core/model/notificationModel';
import { utcTime } from '../../core/domain/utcTime';

const severityOf: Record<string, PlannedNotification['severity']> = {
  P1: 'critical',
  P2: 'high',
  P3: 'normal',
  P4: 'low',
};

/**
 * Who hears of an incident change (§3.3), without flooding: the group
 * when work arrives in its queue, the assignee when it is theirs, the
 * reporter when it is resolved or answered, the lead when a raise of
 * priority waits for them, whoever asked when the lead decides,
 * management when an incident becomes P1, and whoever works it when a
 * service level clock warns or is breached (the lead too on a breach).
 * Nobody hears of their own change; work notes reach only the assignee.
 * The texts name the incident, what it affects and who asked or decided
 * by name (`nameOf`), and times in UTC.
 */
export function planIncidentNotifications(
  change: RecordChange,
  settings: { managementRecipients: string[] },
  nameOf: NameOf,
): PlannedNotification[] {
  const { before, after, event } = change;
  const actor = event.actor;
  const data = event.data as Record<string, unknown>;
  const ref = after.ref;
  const about = `${ref}: ${after.title}`;
  /** What it affects, then what the reporter wrote. */
  const affects = [
    after.entityRefs.length
      ? `Affects ${after.entityRefs.map(nameOf).join(', ')}.`
      : undefined,
    after.description,
  ]
    .filter(Boolean)
    .join('\n\n');
  const said = (text: unknown) =>
    text ? `${nameOf(actor)}: ${String(text)}` : `By ${nameOf(actor)}.`;
  const severity = severityOf[after.priority] ?? 'normal';
  const planned: PlannedNotification[] = [];
  const add = (
    to: (string | undefined | null)[],
    purpose: string,
    title: string,
    description?: string,
    level = severity,
  ) => {
    const recipients = [
      ...new Set(to.filter((r): r is string => !!r && r !== actor)),
    ];
    if (recipients.length > 0) {
      planned.push({
        to: recipients,
        title,
        description,
        severity: level,
        scope: `${ref}:${purpose}`,
      });
    }
  };

  if (
    after.assignmentGroup &&
    after.assignmentGroup !== before?.assignmentGroup
  ) {
    add(
      [after.assignmentGroup],
      'queue',
      `${after.priority} incident for your group: ${about}`,
      affects,
    );
  }
  if (after.assignee && after.assignee !== before?.assignee) {
    add([after.assignee], 'assigned', `Assigned to you: ${about}`);
  }
  if (after.priority === 'P1' && before?.priority !== 'P1') {
    add(
      settings.managementRecipients,
      'p1',
      `P1 incident: ${about}`,
      affects,
      'critical',
    );
  }

  switch (event.kind) {
    case 'transition':
      if (data.to === 'resolved') {
        add(
          [after.reportedBy],
          'resolution',
          `Resolved: ${about}`,
          'Please confirm the resolution and rate it, or reopen the incident.',
        );
      } else if (data.action === 'reopen') {
        add(
          [after.assignee ?? after.assignmentGroup],
          'reopened',
          `Reopened: ${about}`,
          said(data.reason),
        );
      }
      break;
    case 'escalated':
      if (data.type === 'hierarchical' && data.status === 'requested') {
        add(
          [String(data.lead)],
          'priority-request',
          `Approve raising ${ref} to ${String(data.priority)}?`,
          said(data.reason),
        );
      } else if (data.type === 'hierarchical') {
        const requestedBy = (
          before?.fields.priorityRequest as { requestedBy?: string } | undefined
        )?.requestedBy;
        add(
          [requestedBy],
          'priority-request',
          `Raising ${ref} to ${String(data.priority)} was ${String(
            data.status,
          )}`,
          said(data.comment),
        );
      }
      break;
    case 'sla': {
      // A clock crossed a threshold: warnings to whoever works it, a
      // breach to the group's lead as well (§8.3.1).
      const clock = String(data.clock);
      const time = `${labelOf(slaClockKindLabels, clock).toLocaleLowerCase(
        'en-US',
      )} time`;
      const breached = data.threshold === 100;
      add(
        [
          after.assignee,
          after.assignmentGroup,
          breached ? (data.lead as string) : undefined,
        ],
        `sla-${clock}`,
        breached
          ? `SLA breached: the ${time} of ${about}`
          : `${String(data.threshold)}% of the ${time} used: ${about}`,
        data.dueAt ? `Due ${utcTime(String(data.dueAt))}` : undefined,
        breached ? 'critical' : severity,
      );
      break;
    }
    case 'comment':
      if (event.visibility === 'work_note') {
        add([after.assignee], 'work-note', `Work note on ${about}`);
      } else if (actor === after.reportedBy) {
        add(
          [after.assignee ?? after.assignmentGroup],
          'reply',
          `The reporter replied on ${about}`,
          String(data.body ?? ''),
        );
      } else {
        add(
          [after.reportedBy],
          'reply',
          `New reply on ${about}`,
          String(data.body ?? ''),
        );
      }
      break;
    default:
      break;
  }
  return planned;
}
