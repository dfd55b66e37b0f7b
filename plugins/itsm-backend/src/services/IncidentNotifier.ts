import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { IncidentChange, planNotifications } from '../domain/planNotifications';

/** Tells people about changes of records (see planNotifications). */
export interface RecordNotifier {
  /** Never rejects: a notification that cannot be sent is logged. */
  notify(change: IncidentChange): Promise<void>;
}

/** Sends incident notifications through Backstage's notifications. */
export class IncidentNotifier implements RecordNotifier {
  private warned = false;

  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
      managementRecipients: string[];
    },
  ) {}

  async notify(change: IncidentChange): Promise<void> {
    if (change.after.type !== 'incident') {
      return;
    }
    const planned = planNotifications(change, {
      managementRecipients: this.deps.managementRecipients,
    });
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
              link: `/itsm/incidents/${change.after.ref}`,
              severity: n.severity,
              topic: change.after.ref,
              scope: n.scope,
            },
          });
        } catch (error) {
          // Notifications are a courtesy: the change itself is committed.
          // (Without a notifications backend every send fails: say so once.)
          const message = `Could not notify ${n.to.join(', ')} about ${
            change.after.ref
          }: ${error}`;
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
}
