/**
 * The record's model: what a record, its timeline and a change to it are,
 * as the planners, the use cases and the stores all see them. Types only,
 * importing nothing of the plugin but the rest of `core/`, so the pure
 * planners in `domain/` can use them without reaching into the database
 * layer (see docs/architecture.md, "Layers and the architecture check").
 */
import {
  CommentVisibility,
  RecordSort,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { SlaClock, StoredSlaClock } from './slaClockModel';

/** A record as the backend holds it. */
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
  /**
   * Gives up the record's unique keys in the same transaction, so a new
   * record may claim them: e.g. a retired business impact analysis leaves
   * its entity free for the next one.
   */
  releaseUniqueKeys?: boolean;
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
  /** Records reported by or for one of these users (`reported_by`). */
  reporters?: string[];
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

/** A list or count as a client asks for it: the filters and `q`, a search. */
export type ListRecordsQuery = Omit<RecordQueryFilters, 'text'> & {
  q?: string;
  sort?: RecordSort;
  limit?: number;
  cursor?: string;
};

/** A change a use case plans from the record as it is now. */
export type PlannedChange = Pick<
  UpdateRecordOptions,
  'expectedState' | 'set' | 'event' | 'releaseUniqueKeys'
>;
