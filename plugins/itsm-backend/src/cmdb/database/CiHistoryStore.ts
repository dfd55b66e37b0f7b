import { ImpactNode } from '../domain/analyzeImpact';
import { CiIndex } from '../domain/ciIndexOf';
import {
  ImpactDirection,
  ImpactLink,
  ImpactLinks,
} from '../domain/impactLinksOf';
import { CiDifference, CiSnapshot } from '../domain/diffCiSnapshots';

/** What a configuration item entity looked like when last read. */
export type StoredCiSnapshot = {
  entityRef: string;
  entityUid?: string;
  etag: string;
  snapshot: CiSnapshot;
  seenAt: string;
  /** What the CMDB lists and counts it by (absent on rows of older looks). */
  index?: CiIndex;
  /** When its tracked fields last changed, or it was first seen. */
  changedAt?: string;
  /** What an impact analysis reads of it (absent on rows of older looks). */
  impact?: CiImpactEntry;
  /** The version of the index that made `index` and `impact` (ciIndexVersion). */
  indexVersion?: string;
};

/** What the last look knew of an item: its catalog etag and who indexed it. */
export type KnownCiEtag = { etag: string; indexVersion?: string };

/** What an impact analysis reads of an item beyond its index: its kind as spelled, owners and relations. */
export type CiImpactEntry = ImpactLinks & { kind: string };

/**
 * An item of the index with what it relies on (its upstream impact links),
 * for a walk of the whole graph in the plugin's database.
 */
export type IndexedCiLinks = {
  entityRef: string;
  /** Lower case, as the index keeps it. */
  kind: string;
  title: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  upstream: ImpactLink[];
  /** The asked annotations the item has, from its last snapshot. */
  annotations: Record<string, string>;
};

/** A configuration item as the CMDB lists it. */
export type CiListItem = CiIndex & { entityRef: string; changedAt?: string };

/** Which items to list; every given filter must hold. */
export type CiFilters = {
  /** `hardware` matches `hardware` and every `hardware/...` subclass. */
  ciClass?: string;
  kind?: string;
  type?: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** Words in the title or the entity ref. */
  text?: string;
  /** A tracked field's value, e.g. `metadata.annotations.itsm/supplier` = `Dell`. */
  attribute?: { path: string; value: string };
};

/** The counts and problem lists of the status report (§6.3.3). */
export type CiReportRows = {
  total: number;
  byClass: { key: string; count: number }[];
  byOwner: { key: string; count: number }[];
  byLifecycle: { key: string; count: number }[];
  /** At most `listLimit` of each, by entity ref. */
  noOwner: CiListItem[];
  unclassified: CiListItem[];
  noSupportGroup: CiListItem[];
  stale: CiListItem[];
  counts: {
    noOwner: number;
    unclassified: number;
    noSupportGroup: number;
    stale: number;
  };
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
  snapshotEtags(): Promise<Map<string, KnownCiEtag>>;

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

  /**
   * The impact nodes of these items for an analysis in one direction, by
   * entity ref: items not in the index, or indexed before it kept their
   * relations, are left out.
   */
  impactNodes(
    entityRefs: string[],
    direction: ImpactDirection,
  ): Promise<Map<string, ImpactNode>>;

  /**
   * Every indexed item of these kinds (lower case) with its upstream links
   * and the asked annotations, in one query; `unlinked` counts the items
   * of any kind indexed before the index kept relations (a walk of the
   * whole graph cannot trust an index that has some).
   */
  indexedLinks(options: {
    kinds: string[];
    annotations: string[];
  }): Promise<{ items: IndexedCiLinks[]; unlinked: number }>;

  /** Items in entity ref order, after the previous page's last ref. */
  listItems(
    filters: CiFilters & { limit: number; afterRef?: string },
  ): Promise<{ items: CiListItem[]; hasMore: boolean }>;

  /** The status report's counts and lists; stale means unchanged since `staleBefore`. */
  report(options: {
    staleBefore: string;
    listLimit: number;
  }): Promise<CiReportRows>;

  /** Newest first, after the id of the previous page's last change. */
  listChanges(options: {
    entityRef?: string;
    unauthorized?: boolean;
    limit: number;
    beforeId?: string;
  }): Promise<{ changes: StoredCiChange[]; hasMore: boolean }>;
}
