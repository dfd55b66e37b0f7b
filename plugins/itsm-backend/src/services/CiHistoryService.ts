import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { InputError } from '@backstage/errors';
import { CiClassRule, MAX_PAGE_SIZE } from '@backstage-itsm/plugin-itsm-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import {
  CiFilters,
  CiHistoryStore,
  CiListItem,
  CiReportRows,
  NewCiChange,
  StoredCiChange,
  StoredCiSnapshot,
} from '../database/CiHistoryStore';
import { ciIndexOf } from '../domain/ciIndexOf';
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

function encodeRefCursor(entityRef: string): string {
  return Buffer.from(JSON.stringify({ after: entityRef })).toString(
    'base64url',
  );
}

function decodeRefCursor(cursor: string): string {
  try {
    const after = JSON.parse(
      Buffer.from(cursor, 'base64url').toString(),
    )?.after;
    if (typeof after === 'string') return after;
  } catch {
    // refused below
  }
  throw new InputError(
    'cursor is not valid: pass the nextCursor of the previous page unchanged',
  );
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
      classRules: readonly CiClassRule[];
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
      const unchanged = before !== undefined && differences.length === 0;
      snapshots[snapshots.length - 1].index = ciIndexOf(
        entity,
        this.deps.classRules,
      );
      snapshots[snapshots.length - 1].changedAt = unchanged
        ? before.changedAt ?? now
        : now;
      if (firstLook || unchanged) continue;
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

  /**
   * Configuration items in entity ref order, a page at a time, as the
   * caller may see them in the catalog (the index is read with the
   * plugin's own credentials; a page drops what the caller may not see).
   */
  async listItems(
    query: CiFilters & { limit?: number; cursor?: string },
    credentials: BackstageCredentials,
  ): Promise<{ items: CiListItem[]; nextCursor?: string }> {
    const { limit, cursor, ...filters } = query;
    const { items, hasMore } = await this.deps.history.listItems({
      ...filters,
      owner: filters.owner?.toLowerCase(),
      system: filters.system?.toLowerCase(),
      limit: Math.min(limit ?? 25, MAX_PAGE_SIZE),
      afterRef: cursor === undefined ? undefined : decodeRefCursor(cursor),
    });
    const last = items[items.length - 1];
    return {
      items: await this.visible(items, credentials),
      ...(hasMore && last
        ? { nextCursor: encodeRefCursor(last.entityRef) }
        : {}),
    };
  }

  /**
   * The status report (§6.3.3): counts by class, owner and lifecycle, and
   * the items with no owner, no class or no support group, and those
   * unchanged for `staleDays` (lists of at most 100, as the caller sees
   * them).
   */
  async report(
    query: { staleDays?: number },
    credentials: BackstageCredentials,
  ): Promise<CiReportRows & { staleDays: number }> {
    const staleDays = query.staleDays ?? 90;
    const now = this.deps.now?.() ?? new Date();
    const rows = await this.deps.history.report({
      staleBefore: new Date(
        now.getTime() - staleDays * 24 * 60 * 60 * 1000,
      ).toISOString(),
      listLimit: 100,
    });
    const [noOwner, unclassified, noSupportGroup, stale] = await Promise.all(
      [rows.noOwner, rows.unclassified, rows.noSupportGroup, rows.stale].map(
        list => this.visible(list, credentials),
      ),
    );
    return { ...rows, noOwner, unclassified, noSupportGroup, stale, staleDays };
  }

  private async visible(
    items: CiListItem[],
    credentials: BackstageCredentials,
  ): Promise<CiListItem[]> {
    if (items.length === 0) return items;
    const seen = await this.deps.reader.entities(
      items.map(i => i.entityRef),
      credentials,
    );
    return items.filter(i => seen.has(i.entityRef));
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
