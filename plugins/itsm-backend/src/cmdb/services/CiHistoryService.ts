import { approvedScope } from '../../core/domain/approvedScope';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { ChangeState, CiClassRule } from '@backstage-itsm/plugin-itsm-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import {
  CiHistoryStore,
  NewCiChange,
  StoredCiChange,
  StoredCiSnapshot,
} from '../database/CiHistoryStore';
import { RecordStore } from '../../core/database/RecordStore';
import { ciIndexOf } from '../domain/ciIndexOf';
import { ciIndexVersion } from '../domain/ciIndexVersion';
import { diffCiSnapshots, snapshotOf } from '../domain/diffCiSnapshots';
import { impactLinksOf } from '../domain/impactLinksOf';
import { CiChangeNotifier } from './CiChangeNotifier';

/**
 * The state of a change record while it is being carried out: a change in
 * it that affects an item authorises the item's changes (§6.2): the
 * change workflow's implementing state.
 */
export const CHANGE_IMPLEMENTING_STATES: ChangeState[] = ['implementing'];

const LOCATION_ANNOTATION = 'backstage.io/managed-by-location';

/** More changes than this in implementation at once on 500 items is not a real case. */
const MAX_COVERING_CHANGES = 1000;

/**
 * Configuration item history (§6.2): finds what changed in the catalog
 * since the last look (by etag, reading only the items that moved),
 * records each change field by field, ties it to the change record in
 * implementation that covered the item, and flags and reports the ones
 * none did to the item's owner.
 */
export class CiHistoryService {
  private readonly indexVersion: string;

  constructor(
    private readonly deps: {
      history: CiHistoryStore;
      records: RecordStore;
      reader: CatalogCiReader;
      classRules: readonly CiClassRule[];
      auth: AuthService;
      logger: LoggerService;
      notifier: CiChangeNotifier;
      now?: () => Date;
    },
  ) {
    this.indexVersion = ciIndexVersion(deps.classRules);
  }

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
    // Read again: what moved in the catalog, and what another version of
    // the index (other class rules, an older format) made.
    const moved = [...current]
      .filter(([ref, { etag }]) => {
        const last = known.get(ref);
        return last?.etag !== etag || last.indexVersion !== this.indexVersion;
      })
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
      const differences = diffCiSnapshots(before?.snapshot ?? {}, snapshot);
      const unchanged = before !== undefined && differences.length === 0;
      snapshots.push({
        entityRef: ref,
        ...(uid ? { entityUid: uid } : {}),
        etag: current.get(ref)!.etag,
        snapshot,
        seenAt: now,
        index: ciIndexOf(entity, this.deps.classRules),
        impact: { kind: entity.kind, ...impactLinksOf(entity) },
        indexVersion: this.indexVersion,
        changedAt: unchanged ? before.changedAt ?? now : now,
      });
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
    const covering = await this.coveringChanges(changes.map(c => c.entityRef));
    for (const change of changes) {
      change.authorizedBy = covering.get(change.entityRef);
    }
    const stored = await history.saveLook({
      snapshots,
      removed: gone,
      changes,
    });
    await this.deps.notifier.notifyUnauthorized(stored, entities, previous);
    this.deps.logger.debug(
      `Looked at ${current.size} configuration items: ${stored.length} changes`,
    );
    return { items: current.size, changes: stored };
  }

  /**
   * The approved change being implemented on each item now, if any (by
   * what its approval covers): one query per 500 items, however many
   * changed.
   */
  private async coveringChanges(
    entityRefs: string[],
  ): Promise<Map<string, { id: string; ref: string }>> {
    const covering = new Map<string, { id: string; ref: string }>();
    const wanted = new Set(entityRefs);
    for (let i = 0; i < entityRefs.length; i += 500) {
      const { records } = await this.deps.records.listRecords({
        type: 'change',
        anyOfEntityRefs: entityRefs.slice(i, i + 500),
        states: CHANGE_IMPLEMENTING_STATES,
        limit: MAX_COVERING_CHANGES,
      });
      for (const record of records) {
        // What its approval covers authorises the change, not the record.
        for (const ref of approvedScope(record)?.entityRefs ?? []) {
          if (wanted.has(ref) && !covering.has(ref)) {
            covering.set(ref, { id: record.id, ref: record.ref });
          }
        }
      }
    }
    return covering;
  }
}
