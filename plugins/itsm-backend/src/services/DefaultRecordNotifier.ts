import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { PausingNotificationSender } from './PausingNotificationSender';
import { planChangeNotifications } from '../domain/planChangeNotifications';
import {
  IncidentChange,
  PlannedNotification,
  planNotifications,
} from '../domain/planNotifications';

/** Tells people about changes of records (see planNotifications). */
export interface RecordNotifier {
  /** Never rejects: a notification that cannot be sent is logged. */
  notify(change: IncidentChange): Promise<void>;
}

/** One notifier that tells each of these about every change, side by side. */
export function notifyAll(...notifiers: RecordNotifier[]): RecordNotifier {
  return {
    notify: async change => {
      await Promise.all(notifiers.map(n => n.notify(change)));
    },
  };
}

/** Where a record's page is in the portal. */
const pathOf: Record<string, string> = {
  incident: '/itsm/incidents',
  change: '/itsm/changes',
};

/**
 * Sends incident and change notifications through Backstage's
 * notifications (see planNotifications, planChangeNotifications); after a
 * failed send it pauses for a minute (PausingNotificationSender).
 */
export class DefaultRecordNotifier implements RecordNotifier {
  private readonly sender: PausingNotificationSender;

  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
      managementRecipients: string[];
      now?: () => number;
    },
  ) {
    this.sender = new PausingNotificationSender(deps);
  }

  async notify(change: IncidentChange): Promise<void> {
    if (this.sender.paused) {
      return;
    }
    let planned: PlannedNotification[] = [];
    if (change.after.type === 'incident') {
      planned = planNotifications(change, {
        managementRecipients: this.deps.managementRecipients,
      });
    } else if (change.after.type === 'change') {
      planned = planChangeNotifications(change);
    }
    await Promise.all(
      planned.map(n =>
        this.sender.send(
          {
            recipients: {
              type: 'entity',
              entityRef: n.to,
              excludeEntityRef: n.exclude
                ? [change.event.actor, ...n.exclude]
                : change.event.actor,
            },
            payload: {
              title: n.title,
              description: n.description?.slice(0, 500),
              link: `${pathOf[change.after.type]}/${change.after.ref}`,
              severity: n.severity,
              topic: change.after.ref,
              scope: n.scope,
            },
          },
          `notify ${n.to.join(', ')} about ${change.after.ref}`,
        ),
      ),
    );
  }
}
