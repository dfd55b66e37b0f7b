import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { MAX_PAGE_SIZE } from '@backstage-itsm/plugin-itsm-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import {
  CiHistoryStore,
  NewCiChange,
  StoredCiChange,
  StoredCiSnapshot,
} from '../database/CiHistoryStore';
import { RecordStore } from '../database/RecordStore';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import {
  CiSnapshot,
  diffCiSnapshots,
  snapshotOf,
} from '../domain/diffCiSnapshots';

/**
 * The state of a change record while it is being carried out: a change in
 * it that affects an item authorises the item's changes (§6.2). The change
 * workflow (issue 5) uses this state name.
 */
export const CHANGE_IMPLEMENTING_STATES = ['implementing'];

const LOCATION_ANNOTATION = 'backstage.io/managed-by-location';

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

const verbs = { added: 'Added', modified: 'Changed', removed: 'Removed' };

/** "Changed with no change record in implementation: spec.owner, ..." */
function describeChange(change: StoredCiChange): string {
  const paths = change.differences.map(d => d.path);
  const listed = paths.slice(0, 5).join(', ');
  return `${verbs[change.kind]} with no change record in implementation${
    listed ? `: ${listed}${paths.length > 5 ? ', ...' : ''}` : ''
  }`;
}

/** `/catalog/default/resource/srv-db-01` for `resource:default/srv-db-01`. */
function catalogPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLowerCase()}/${name}`;
}

/**
 * Configuration item history (§6.2): finds what changed in the catalog
 * since the last look (by etag, reading only the items that moved),
 * records each change field by field, ties it to the change record in
 * implementation that covered the item, and flags and reports the ones
 * none did to the item's owner.
 */
export class CiHistoryService {
  constructor(
    private readonly deps: {
      history: CiHistoryStore;
      records: RecordStore;
      reader: CatalogCiReader;
      auth: AuthService;
      logger: LoggerService;
      notifications?: NotificationService;
      now?: () => Date;
    },
  ) {}

  /**
   * One look at the catalog. The first look only records where every item
   * stands; later ones record what changed. Returns how many items were
   * looked at and the changes recorded.
   */
  async look(): Promise<{ items: number; changes: StoredCiChange[] }> {
    const { history, auth } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const now = (this.deps.now?.() ?? new Date()).toISOString();
    const current = await this.deps.reader.etags(credentials);
    const known = await history.snapshotEtags();
    const firstLook = known.size === 0;
    const moved = [...current]
      .filter(([ref, { etag }]) => known.get(ref) !== etag)
      .map(([ref]) => ref);
    const gone = [...known.keys()].filter(ref => !current.has(ref));
    const [entities, previous] = await Promise.all([
      this.deps.reader.entities(moved, credentials),
      history.getSnapshots([...moved, ...gone]),
    ]);

    const snapshots: StoredCiSnapshot[] = [];
    const changes: NewCiChange[] = [];
    for (const ref of moved) {
      const entity = entities.get(ref);
      if (!entity) continue; // gone between the two reads: the next look sees it
      const snapshot = snapshotOf(entity);
      const before = previous.get(ref);
      const uid = entity.metadata.uid;
      snapshots.push({
        entityRef: ref,
        ...(uid ? { entityUid: uid } : {}),
        etag: current.get(ref)!.etag,
        snapshot,
        seenAt: now,
      });
      const differences = diffCiSnapshots(before?.snapshot ?? {}, snapshot);
      if (firstLook || (before && differences.length === 0)) continue;
      changes.push({
        entityRef: ref,
        ...(uid ? { entityUid: uid } : {}),
        kind: before ? 'modified' : 'added',
        differences,
        sourceLocation: entity.metadata.annotations?.[LOCATION_ANNOTATION],
        detectedAt: now,
      });
    }
    for (const ref of gone) {
      const before = previous.get(ref);
      changes.push({
        entityRef: ref,
        ...(before?.entityUid ? { entityUid: before.entityUid } : {}),
        kind: 'removed',
        differences: diffCiSnapshots(before?.snapshot ?? {}, {}),
        detectedAt: now,
      });
    }
    for (const change of changes) {
      change.authorizedBy = await this.coveringChange(change.entityRef);
    }
    const stored = await history.saveLook({
      snapshots,
      removed: gone,
      changes,
    });
    await this.notifyOwners(stored, entities, previous);
    this.deps.logger.debug(
      `Looked at ${current.size} configuration items: ${stored.length} changes`,
    );
    return { items: current.size, changes: stored };
  }

  /** Changes to one item, or to all, newest first, a page at a time. */
  async listChanges(query: {
    entityRef?: string;
    unauthorized?: boolean;
    limit?: number;
    cursor?: string;
  }): Promise<{ items: StoredCiChange[]; nextCursor?: string }> {
    const { changes, hasMore } = await this.deps.history.listChanges({
      entityRef: query.entityRef?.toLowerCase(),
      unauthorized: query.unauthorized,
      limit: Math.min(query.limit ?? 25, MAX_PAGE_SIZE),
      beforeId:
        query.cursor === undefined
          ? undefined
          : String(decodeCursor(query.cursor, 'before')),
    });
    const last = changes[changes.length - 1];
    return {
      items: changes,
      ...(hasMore && last
        ? { nextCursor: encodeCursor('before', Number(last.id)) }
        : {}),
    };
  }

  /** The change record being implemented on the item now, if any. */
  private async coveringChange(
    entityRef: string,
  ): Promise<{ id: string; ref: string } | undefined> {
    const { records } = await this.deps.records.listRecords({
      type: 'change',
      entityRef,
      states: CHANGE_IMPLEMENTING_STATES,
      limit: 1,
    });
    return records[0] ? { id: records[0].id, ref: records[0].ref } : undefined;
  }

  /** One notification per unauthorised change, to the item's owner. */
  private async notifyOwners(
    changes: StoredCiChange[],
    entities: Map<string, Entity>,
    previous: Map<string, StoredCiSnapshot>,
  ): Promise<void> {
    const { notifications, logger } = this.deps;
    if (!notifications) return;
    for (const change of changes.filter(c => c.unauthorized)) {
      const entity = entities.get(change.entityRef);
      const snapshot = entity
        ? snapshotOf(entity)
        : previous.get(change.entityRef)?.snapshot ?? {};
      const owner = ownerOf(change.entityRef, snapshot);
      if (!owner) continue;
      const name =
        entity?.metadata.title ?? entity?.metadata.name ?? change.entityRef;
      try {
        await notifications.send({
          recipients: { type: 'entity', entityRef: owner },
          payload: {
            title: `Unauthorised change to ${name}`,
            description: describeChange(change),
            link: catalogPath(change.entityRef),
            severity: 'high',
            topic: 'itsm-unauthorised-change',
            scope: `itsm-ci-change:${change.id}`,
          },
        });
      } catch (error) {
        logger.warn(
          `Could not tell ${owner} of the unauthorised change to ${change.entityRef}: ${error}`,
        );
      }
    }
  }
}
