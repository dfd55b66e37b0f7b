import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { PausingNotificationSender } from './PausingNotificationSender';
import { entityRefName, RecordType } from '@backstage-itsm/plugin-itsm-common';
import { EntityNames } from '../catalog/CatalogEntityNames';
import {
  NotificationRules,
  PlannedNotification,
  RecordChange,
} from '../model/notificationModel';

/** Tells people about changes of records (see planIncidentNotifications). */
export interface RecordNotifier {
  /** Never rejects: a notification that cannot be sent is logged. */
  notify(change: RecordChange): Promise<void>;
}

/** One notifier that tells each of these about every change, side by side. */
export function notifyAll(...notifiers: RecordNotifier[]): RecordNotifier {
  return {
    notify: async change => {
      await Promise.all(notifiers.map(n => n.notify(change)));
    },
  };
}

/**
 * Sends record notifications through Backstage's notifications, as each
 * process's rules plan them (incidents/planIncidentNotifications,
 * changes/planChangeNotifications); after a failed send it pauses for a
 * minute (PausingNotificationSender). The people and entities a planned
 * text names are named from the catalog, in one read of just those, and
 * only when there is something to send.
 */
export class DefaultRecordNotifier implements RecordNotifier {
  private readonly sender: PausingNotificationSender;

  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
      /** Each process's rules for its type; a type without any is silent. */
      rules: Partial<Record<RecordType, NotificationRules>>;
      /** Names people and entities; without it, by their refs' names. */
      names?: EntityNames;
      now?: () => number;
    },
  ) {
    this.sender = new PausingNotificationSender(deps);
  }

  async notify(change: RecordChange): Promise<void> {
    if (this.sender.paused) {
      return;
    }
    const rules = this.deps.rules[change.after.type];
    if (!rules) return;
    // A first plan tells whether anything is sent, and whom it names.
    const named = new Set<string>();
    let planned: PlannedNotification[] = rules.plan(change, ref => {
      named.add(ref);
      return entityRefName(ref);
    });
    if (planned.length > 0 && named.size > 0 && this.deps.names) {
      const names = await this.deps.names.namesOf([...named]);
      planned = rules.plan(change, ref => names.get(ref) ?? entityRefName(ref));
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
              link: `${rules.path}/${change.after.ref}`,
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
