import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { NotificationRules } from '../core/model/notificationModel';
import { planChangeNotifications } from '../changes/domain/planChangeNotifications';
import { planIncidentNotifications } from '../incidents/domain/planIncidentNotifications';

/**
 * The notification rules of the processes that notify: incidents (§3.3)
 * and changes. The core's notifier sends what they plan.
 */
export function notificationRules(settings: {
  managementRecipients: string[];
}): Partial<Record<RecordType, NotificationRules>> {
  return {
    incident: {
      plan: change => planIncidentNotifications(change, settings),
      path: '/itsm/incidents',
    },
    change: { plan: planChangeNotifications, path: '/itsm/changes' },
  };
}
