import { CiDifference, CiSnapshot } from '../domain/diffCiSnapshots';

/** What a configuration item entity looked like when last read. */
export type StoredCiSnapshot = {
  entityRef: string;
  entityUid?: string;
  etag: string;
  snapshot: CiSnapshot;
  seenAt: string;
};

export type CiChangeKind = 'added' | 'modified' | 'removed';

/** A change to a configuration item, about to be recorded. */
export type NewCiChange = {
  entityRef: string;
  entityUid?: string;
  kind: CiChangeKind;
  differences: CiDifference[];
  sourceLocation?: string;
  /** The change record that covered the entity then; none makes it unauthorised. */
  authorizedBy?: { id: string; ref: string };
  detectedAt: string;
};

export type StoredCiChange = NewCiChange & {
  id: string;
  unauthorized: boolean;
};

/**
 * The history of configuration items (§6.2): the last seen state of each,
 * and every change found between two looks.
 */
export interface CiHistoryStore {
  /** The catalog etag each known item had when last read, by entity ref. */
  snapshotEtags(): Promise<Map<string, string>>;

  /** The snapshots of these items, by entity ref (absent ones left out). */
  getSnapshots(entityRefs: string[]): Promise<Map<string, StoredCiSnapshot>>;

  /**
   * Saves what was read and what changed, in one transaction: the new
   * snapshots, the removal of items that left the catalog, and the changes.
   */
  saveLook(options: {
    snapshots: StoredCiSnapshot[];
    removed: string[];
    changes: NewCiChange[];
  }): Promise<StoredCiChange[]>;

  /** Newest first, after the id of the previous page's last change. */
  listChanges(options: {
    entityRef?: string;
    unauthorized?: boolean;
    limit: number;
    beforeId?: string;
  }): Promise<{ changes: StoredCiChange[]; hasMore: boolean }>;
}
