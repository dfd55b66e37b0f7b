import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
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

/** How long sending pauses after a failure (no notifications backend, say). */
export const NOTIFICATION_PAUSE_MS = 60_000;

/** Where a record's page is in the portal. */
const pathOf: Record<string, string> = {
  incident: '/itsm/incidents',
  change: '/itsm/changes',
};

/**
 * Sends incident and change notifications through Backstage's
 * notifications (see planNotifications, planChangeNotifications). When a
 * send fails (a portal without the notifications backend answers 404), it
 * says so once and pauses for a minute instead of paying for a failing
 * request on every change.
 */
export class DefaultRecordNotifier implements RecordNotifier {
  private warned = false;
  private pausedUntil = 0;

  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
      managementRecipients: string[];
      now?: () => number;
    },
  ) {}

  async notify(change: IncidentChange): Promise<void> {
    if (this.now() < this.pausedUntil) {
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
      planned.map(async n => {
        try {
          await this.deps.notifications.send({
            recipients: {
              type: 'entity',
              entityRef: n.to,
              excludeEntityRef: change.event.actor,
            },
            payload: {
              title: n.title,
              description: n.description?.slice(0, 500),
              link: `${pathOf[change.after.type]}/${change.after.ref}`,
              severity: n.severity,
              topic: change.after.ref,
              scope: n.scope,
            },
          });
        } catch (error) {
          // Notifications are a courtesy: the change itself is committed.
          this.pausedUntil = this.now() + NOTIFICATION_PAUSE_MS;
          const message = `Could not notify ${n.to.join(', ')} about ${
            change.after.ref
          }: ${error}; notifications pause for a minute`;
          if (this.warned) {
            this.deps.logger.debug(message);
          } else {
            this.warned = true;
            this.deps.logger.warn(
              `${message} (further failures are logged at debug level)`,
            );
          }
        }
      }),
    );
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }
}
