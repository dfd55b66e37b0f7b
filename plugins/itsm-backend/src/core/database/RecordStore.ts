import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import type {
  EntityOwner,
  ListRecordsOptions,
  NewTimelineEvent,
  RecordCriteria,
  RecordWindow,
  SlaClockMover,
  StoredRecord,
  StoredTimelineEvent,
  UpdateRecordOptions,
} from '../model/recordModel';
import type { SlaClock, StoredSlaClock } from '../model/slaClockModel';

/*
 * The record's model lives in core/recordModel.ts; re-exported here so the
 * importers outside domain/ keep working until issue 18 moves them.
 */
export type {
  EntityOwner,
  ListRecordsOptions,
  NewTimelineEvent,
  RecordCriteria,
  RecordFilter,
  RecordKeyset,
  RecordQueryFilters,
  RecordWindow,
  SlaClockMover,
  StoredRecord,
  StoredTimelineEvent,
  UpdateRecordOptions,
} from '../model/recordModel';

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

  /** The service level clocks of the records, in one query (a page's). */
  listSlaClocksOf(recordIds: readonly string[]): Promise<StoredSlaClock[]>;

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
