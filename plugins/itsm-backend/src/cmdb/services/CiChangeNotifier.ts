import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ciChangeKindLabels,
  entityRefName,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredCiChange, StoredCiSnapshot } from '../database/CiHistoryStore';
import { CiSnapshot, snapshotOf } from '../domain/diffCiSnapshots';
import { PausingNotificationSender } from '../../core/services/PausingNotificationSender';

/** The owner of an item, from its snapshot, as a full ref. */
function ownerOf(entityRef: string, snapshot: CiSnapshot): string | undefined {
  const owner = snapshot['spec.owner'];
  if (typeof owner !== 'string') return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: parseEntityRef(entityRef).namespace,
      }),
    ).toLowerCase();
  } catch {
    return undefined;
  }
}

/** "Changed with no change record in implementation: spec.owner, ..." */
function describeChange(change: StoredCiChange): string {
  const paths = change.differences.map(d => d.path);
  const listed = paths.slice(0, 5).join(', ');
  return `${
    ciChangeKindLabels[change.kind]
  } with no change record in implementation${
    listed ? `: ${listed}${paths.length > 5 ? ', ...' : ''}` : ''
  }`;
}

/** `/catalog/default/resource/srv-db-01` for `resource:default/srv-db-01`. */
function catalogPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLowerCase()}/${name}`;
}

/**
 * Tells the owner of a configuration item of each unauthorised change to
 * it (Backstage notifications, topic `itsm-unauthorised-change`, one per
 * change). A failed send is logged, never thrown: the history is already
 * recorded; after one, sends pause for a minute (PausingNotificationSender).
 */
export class CiChangeNotifier {
  private readonly sender?: PausingNotificationSender;

  constructor(deps: {
    notifications?: NotificationService;
    logger: LoggerService;
    now?: () => number;
  }) {
    const { notifications, logger, now } = deps;
    if (notifications) {
      this.sender = new PausingNotificationSender({
        notifications,
        logger,
        now,
      });
    }
  }

  /**
   * `entities` are the items as read now (for their owner and name);
   * `previous` their last snapshots (for items that left the catalog).
   */
  async notifyUnauthorized(
    changes: StoredCiChange[],
    entities: Map<string, Entity>,
    previous: Map<string, StoredCiSnapshot>,
  ): Promise<void> {
    const sender = this.sender;
    if (!sender) return;
    for (const change of changes.filter(c => c.unauthorized)) {
      if (sender.paused) return;
      const entity = entities.get(change.entityRef);
      const snapshot = entity
        ? snapshotOf(entity)
        : previous.get(change.entityRef)?.snapshot ?? {};
      const owner = ownerOf(change.entityRef, snapshot);
      if (!owner) continue;
      const name = entity?.metadata.title ?? entityRefName(change.entityRef);
      await sender.send(
        {
          recipients: { type: 'entity', entityRef: owner },
          payload: {
            title: `Unauthorised change to ${name}`,
            description: describeChange(change),
            link: catalogPath(change.entityRef),
            severity: 'high',
            topic: 'itsm-unauthorised-change',
            scope: `itsm-ci-change:${change.id}`,
          },
        },
        `tell ${owner} of the unauthorised change to ${change.entityRef}`,
      );
    }
  }
}
