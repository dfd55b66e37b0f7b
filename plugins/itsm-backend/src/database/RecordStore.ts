import {
  CommentVisibility,
  RecordSort,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { PermissionCriteria } from '@backstage/plugin-permission-common';

/** A record as the backend holds it. */
import type {
  StatisticsQuery,
  StatisticsRows,
} from './operations/queryIncidentStatistics';
import type { SlaClock, StoredSlaClock } from './SlaClockStore';

export type StoredRecord = {
  id: string;
  type: RecordType;
  number: number;
  /** The human id, e.g. INC-12. */
  ref: string;
  title: string;
  description: string;
  state: string;
  priority: string;
  version: number;
  /** The fields particular to the record's type. */
  fields: Record<string, unknown>;
  entityRefs: string[];
  /** Entity ref of the group that works the record. */
  assignmentGroup?: string;
  /** Entity ref of the user who works the record. */
  assignee?: string;
  supportTier?: string;
  category?: string;
  /** Entity ref of the user it was reported by or for (a caller). */
  reportedBy: string;
  /** The reporter's rating of the resolution, 1-5. */
  satisfactionRating?: number;
  /** When it was first taken on (left its first state). */
  acceptedAt?: string;
  /** How often it was reopened and escalated, for statistics. */
  reopenCount: number;
  escalationCount: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  resolvedAt?: string;
  closedAt?: string;
  /** When it is planned to happen (changes, releases). */
  window?: RecordWindow;
};

/** A planned window: ISO 8601 instants, the end after the start. */
export type RecordWindow = { start: string; end: string };

/**
 * One condition a permission policy can put on the records a user may see or
 * work, evaluated in SQL. Permission rules translate to these.
 */
export type RecordFilter =
  | { kind: 'affectedEntityOwnedBy'; ownerRefs: string[] }
  | { kind: 'reportedBy'; userRefs: string[] }
  | { kind: 'assignedTo'; userRefs: string[] }
  | { kind: 'assignmentGroupIn'; groupRefs: string[] }
  | { kind: 'affectsEntity'; entityRefs: string[] }
  | { kind: 'none' };

/** Conditions combined with allOf, anyOf and not. */
export type RecordCriteria = PermissionCriteria<RecordFilter>;

/** A timeline event before it is stored. */
export type NewTimelineEvent = {
  kind:
    | 'created'
    | 'transition'
    | 'updated'
    | 'comment'
    | 'linked'
    | 'escalated'
    | 'reviewed'
    | 'approval'
    | 'sla';
  actor: string;
  data: Record<string, unknown>;
  /** Work notes are seen only by those who work the record; public by default. */
  visibility?: CommentVisibility;
};

/** A stored timeline event. */
export type StoredTimelineEvent = NewTimelineEvent & {
  visibility: CommentVisibility;
  id: string;
  recordId: string;
  createdAt: string;
};

/** The owner of a catalog entity, as the catalog says now. */
export type EntityOwner = { entityRef: string; ownerRef: string };

/**
 * The monitoring alert group (e.g. Alertmanager's groupKey) a new record is
 * the open incident of. A group has at most one open record: creating
 * another for the same group stores nothing and returns the open one.
 */
export type NewAlertSource = {
  source: string;
  groupKey: string;
  /** The group's alerts as delivered (JSON), for the next delivery to compare. */
  alerts: Record<string, unknown>;
};

export type CreateRecordOptions = {
  type: RecordType;
  title: string;
  description: string;
  state: string;
  priority: string;
  fields: Record<string, unknown>;
  entityRefs: string[];
  assignmentGroup?: string;
  assignee?: string;
  supportTier?: string;
  category?: string;
  reportedBy: string;
  /** Whether its first state is an open one (kept for the queue indexes). */
  isOpen: boolean;
  /** How it was reported (for statistics). */
  channel?: string;
  window?: RecordWindow;
  createdBy: string;
  /** Already scoped to the creator; a repeat returns the first record. */
  idempotencyKey?: string;
  /**
   * Keys no other record of the type may hold (e.g. a release's version
   * per entity), claimed in the same transaction; a taken one fails the
   * create with a 409 carrying its message and the holder's ref.
   */
  uniqueKeys?: { key: string; conflictMessage: string }[];
  /** The alert group the record is opened for, claimed in the same transaction. */
  alertSource?: NewAlertSource;
  /** Owners of the affected entities, stored for the permission rules. */
  entityOwners: EntityOwner[];
  /** The service level clocks it starts (incidents under an agreement). */
  slaClocks?: SlaClock[];
  /**
   * Records that link to the new one, linked in the same transaction (the
   * incidents a problem is opened from: each `caused-by` the problem).
   */
  linkedFrom?: { recordId: string; kind: string }[];
  now: string;
};

/**
 * How a write moves the record's service level clocks: given its clocks
 * (locked) and the record as written, the clocks to store.
 */
export type SlaClockMover = (
  clocks: StoredSlaClock[],
  record: StoredRecord,
) => SlaClock[];

/**
 * A change to a record, applied only if the record is still at
 * `expectedVersion` (and in `expectedState`, when given).
 */
export type UpdateRecordOptions = {
  type: RecordType;
  id: string;
  expectedVersion: number;
  expectedState?: string;
  set: {
    title?: string;
    description?: string;
    state?: string;
    /** With a new state: whether it is an open one. */
    isOpen?: boolean;
    priority?: string;
    fields?: Record<string, unknown>;
    entityRefs?: string[];
    assignmentGroup?: string | null;
    assignee?: string | null;
    supportTier?: string | null;
    category?: string | null;
    satisfactionRating?: number | null;
    acceptedAt?: string;
    reopenCount?: number;
    escalationCount?: number;
    resolvedAt?: string | null;
    closedAt?: string | null;
    /** null clears the window. */
    window?: RecordWindow | null;
  };
  entityOwners?: EntityOwner[];
  event: NewTimelineEvent;
  /** Moves its clocks in the same transaction. */
  slaClocks?: SlaClockMover;
  /**
   * An event on other records in the same transaction: e.g. the incidents
   * of a problem told that it is fixed, so the fix and the telling are
   * stored together or not at all.
   */
  alsoOn?: { recordIds: string[]; event: NewTimelineEvent };
  now: string;
};

/** What a list or count narrows records to; every given filter must hold. */
export type RecordQueryFilters = {
  entityRef?: string;
  /** Only records in (true) or out of (false) their workflow's open states. */
  open?: boolean;
  /** Records that affect any of these entities (a system and its parts). */
  anyOfEntityRefs?: string[];
  states?: string[];
  priorities?: string[];
  categories?: string[];
  assignees?: string[];
  assignmentGroups?: string[];
  /** true: only records nobody works; false: only assigned ones. */
  unassigned?: boolean;
  supportTiers?: string[];
  /** Text in the title or description, or a record number. */
  text?: { words: string; number?: number };
  /** Records whose planned window overlaps this one (ISO instants). */
  windowOverlaps?: RecordWindow;
  /** Records created in this range (start included, end excluded). */
  createdWithin?: RecordWindow;
};

/**
 * Where the previous page ended, in the list's sort order: the last record's
 * number, and its priority or update time for those sorts.
 */
export type RecordKeyset = {
  number: number;
  priority?: string;
  updatedAt?: string;
};

export type ListRecordsOptions = RecordQueryFilters & {
  type: RecordType;
  sort?: RecordSort;
  limit: number;
  /** Only records after this one in the sort order (keyset pagination). */
  after?: RecordKeyset;
  filter?: RecordCriteria;
};

export type StoredLink = {
  id: string;
  kind: string;
  sourceId: string;
  targetId: string;
  createdBy: string;
  createdAt: string;
};

export type CreateLinkOptions = {
  sourceId: string;
  targetId: string;
  /** The target's human id (e.g. CHG-3), for the timeline to name it. */
  targetRef?: string;
  kind: string;
  actor: string;
  now: string;
};

/** Where records, their timeline and their links are kept. */
export interface RecordStore {
  /**
   * Stores a new record with its affected entities and its `created` event,
   * in one transaction. With an idempotency key seen before, stores nothing
   * and returns the first record with `created: false`; likewise with an
   * alert source whose group already has an open record (that record).
   */
  createRecord(
    options: CreateRecordOptions,
  ): Promise<{ record: StoredRecord; created: boolean }>;

  /** A record by internal id or by number; undefined if absent or filtered. */
  getRecord(options: {
    type: RecordType;
    id?: string;
    number?: number;
    filter?: RecordCriteria;
  }): Promise<StoredRecord | undefined>;

  /** Newest first, at most `limit`; `hasMore` when another page follows. */
  listRecords(
    options: ListRecordsOptions,
  ): Promise<{ records: StoredRecord[]; hasMore: boolean }>;

  /** How many records match, by priority (same filters as listRecords). */
  countRecords(
    options: Omit<ListRecordsOptions, 'limit' | 'after' | 'sort'>,
  ): Promise<Record<string, number>>;

  /**
   * Applies a guarded change and appends its timeline event in one
   * transaction. Undefined when the guard failed: someone else won.
   */
  updateRecord(options: UpdateRecordOptions): Promise<StoredRecord | undefined>;

  /**
   * Appends an event that changes no field (a comment), moving the record's
   * clocks in the same transaction when asked (an agent's first reply).
   */
  appendEvent(
    recordId: string,
    event: NewTimelineEvent,
    now: string,
    options?: { slaClocks?: SlaClockMover },
  ): Promise<StoredTimelineEvent>;

  /** The record's service level clocks. */
  listSlaClocks(recordId: string): Promise<StoredSlaClock[]>;

  /**
   * Oldest first, events with an id above `afterId`; without `workNotes`,
   * work notes are left out.
   */
  listTimeline(options: {
    recordId: string;
    limit: number;
    afterId?: string;
    workNotes?: boolean;
  }): Promise<{ events: StoredTimelineEvent[]; hasMore: boolean }>;

  /**
   * Resolved records whose resolution is older than `resolvedBefore`, oldest
   * first (for the auto-close task).
   */
  listResolvedBefore(options: {
    type: RecordType;
    state: string;
    resolvedBefore: string;
    limit: number;
    /** How many of the oldest to pass over (those the caller had to skip). */
    offset?: number;
  }): Promise<StoredRecord[]>;

  /**
   * Links two records and records a `linked` event on the source, in one
   * transaction. Undefined when that link exists already.
   */
  createLink(options: CreateLinkOptions): Promise<StoredLink | undefined>;

  /** Links from or to the record, with the other ends. */
  listLinks(
    recordId: string,
    limit: number,
  ): Promise<
    { link: StoredLink; source: StoredRecord; target: StoredRecord }[]
  >;

  /**
   * Which of the records are the source of a link of `kind` to a record of
   * `targetType` (e.g. incidents caused by a problem).
   */
  filterLinkedSources(
    ids: string[],
    link: { kind: string; targetType: RecordType },
  ): Promise<Set<string>>;

  /** Records by internal id, in the order asked (undefined where absent). */
  getRecordsByIds(ids: string[]): Promise<(StoredRecord | undefined)[]>;

  /** Which of these records satisfy the criteria, in one query. */
  filterRecordIds(ids: string[], filter: RecordCriteria): Promise<Set<string>>;

  /** Counts and sums for incident statistics (§2.3.4). */
  incidentStatistics(query: StatisticsQuery): Promise<StatisticsRows>;

  /** The owners recorded for these entities. */
  getEntityOwners(entityRefs: string[]): Promise<EntityOwner[]>;

  /**
   * The entities records refer to, in ref order after `afterRef`, a page at a
   * time (for refreshing their owners).
   */
  listAffectedEntityRefs(options: {
    afterRef?: string;
    limit: number;
  }): Promise<string[]>;

  /** Records the owners of catalog entities for the permission rules. */
  upsertEntityOwners(owners: EntityOwner[], now: string): Promise<void>;
}
