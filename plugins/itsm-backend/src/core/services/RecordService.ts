import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AllowedActions,
  CommentVisibility,
  LinkKind,
  Priority,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { Request } from 'express';
import { JsonObject } from '@backstage/types';
import type { ListRecordsQuery, PlannedChange } from '../model/recordModel';
import type { CreateRecordInput } from '../domain/createRecordInput';
import {
  NewAlertSource,
  RecordCriteria,
  StoredLink,
  StoredRecord,
  StoredTimelineEvent,
} from '../database/RecordStore';
import { RecordEdit } from '../domain/diffRecord';
import { TransitionInput } from '../domain/planTransition';
import type { SlaClockSummary } from '../model/slaClockModel';

/**
 * Which records the caller may see and work, as decided by the permission
 * policy: absent means all, criteria narrow in SQL.
 */
export type RecordAccess = {
  read?: RecordCriteria;
  write?: RecordCriteria;
  comment?: RecordCriteria;
  workNote?: RecordCriteria;
};

/** See {@link RecordService.reportScope}. */
export type ReportScope = {
  anyOfEntityRefs?: string[];
  assignmentGroups?: string[];
  filter?: RecordCriteria;
};

/** Who is asking, and the request to audit. */
export type RequestContext = {
  credentials: BackstageCredentials;
  request?: Request;
  access?: RecordAccess;
};

/** Who creates a record, and what makes a repeated create return the first record. */
export type CreateContext = RequestContext & {
  idempotencyKey?: string;
  /**
   * The monitoring alert group the incident is opened for: a group has one
   * open incident at a time, so a create for a group with one returns it.
   */
  alertSource?: NewAlertSource;
  /**
   * Keys the new record claims besides those its intake plans, e.g. the
   * change request raised for a release (one per release).
   */
  uniqueKeys?: { key: string; conflictMessage: string }[];
  /**
   * The user a channel of the plugin vouches for as the reporter (the mail
   * intake's authenticated sender): reported in their name without
   * `itsm.record.report-on-behalf`. Never taken from a request.
   */
  verifiedReporter?: string;
  /**
   * Records to link to the new one in its transaction, e.g. the incident a
   * mail names that its sender may not comment on (`relates-to`).
   */
  linkedFrom?: { recordId: string; kind: LinkKind }[];
};

export type { CreateRecordInput } from '../domain/createRecordInput';
export type { ListRecordsQuery, PlannedChange } from '../model/recordModel';

/**
 * Adds to a workflow move what the record type needs besides the table's
 * generic effects (a new state, the fields the move keeps): e.g. a change's
 * impact analysis when it is accepted.
 */
export type TransitionPlanner = (options: {
  record: StoredRecord;
  input: TransitionInput;
  plan: PlannedChange;
  ctx: RequestContext;
  now: string;
}) => Promise<PlannedChange>;

/** How {@link RecordService.change} loads, checks and audits a change. */
export type ChangeRequest = {
  /** The version the change was based on; another one answers 409. */
  version: number;
  /** The auditor event id, e.g. `incident-escalate`. */
  auditEventId: string;
  /**
   * `write`: only for those who may work the record; `read`: the planner
   * decides who may (by identity, as a lead's decision does).
   */
  access: 'write' | 'read';
  meta?: JsonObject;
};

/** A comment as a client sends it. */
export type CommentInput = { body: string; visibility?: CommentVisibility };

/** A link with both of its ends. */
export type LinkView = {
  link: StoredLink;
  source: StoredRecord;
  target: StoredRecord;
};

export type { AllowedActions };

/** The use cases every record type shares. */
export interface RecordService {
  create(
    type: RecordType,
    input: CreateRecordInput,
    ctx: CreateContext,
  ): Promise<{ record: StoredRecord; created: boolean }>;
  get(
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<StoredRecord>;
  list(
    type: RecordType,
    query: ListRecordsQuery,
    ctx: RequestContext,
  ): Promise<{ records: StoredRecord[]; nextCursor?: string }>;
  counts(
    type: RecordType,
    query: Omit<ListRecordsQuery, 'limit' | 'cursor'>,
    ctx: RequestContext,
  ): Promise<{ total: number; byPriority: Record<Priority, number> }>;
  update(
    type: RecordType,
    idOrRef: string,
    edit: RecordEdit & { version: number },
    ctx: RequestContext,
  ): Promise<StoredRecord>;
  transition(
    type: RecordType,
    idOrRef: string,
    input: TransitionInput,
    ctx: RequestContext,
  ): Promise<StoredRecord>;
  /**
   * A change of a record planned by a use case (an escalation, a review):
   * loaded under the caller's permissions, checked against `version`,
   * applied with its timeline event in one guarded write, audited,
   * published.
   */
  change(
    type: RecordType,
    idOrRef: string,
    request: ChangeRequest,
    plan: (record: StoredRecord) => PlannedChange | Promise<PlannedChange>,
    ctx: RequestContext,
  ): Promise<StoredRecord>;
  comment(
    type: RecordType,
    idOrRef: string,
    input: CommentInput,
    ctx: RequestContext,
  ): Promise<StoredTimelineEvent>;
  timeline(
    type: RecordType,
    idOrRef: string,
    query: { limit?: number; cursor?: string },
    ctx: RequestContext,
  ): Promise<{ events: StoredTimelineEvent[]; nextCursor?: string }>;
  link(
    type: RecordType,
    idOrRef: string,
    input: { target: string; kind: LinkKind },
    ctx: RequestContext,
  ): Promise<LinkView>;
  links(
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<LinkView[]>;
  /**
   * What a report over records of the type is narrowed to: the entity (a
   * system with its parts), the groups, and the records the caller may
   * read, for use cases that aggregate in the store.
   */
  reportScope(
    type: RecordType,
    query: { entityRef?: string; assignmentGroups?: string[] },
    ctx: RequestContext,
  ): Promise<ReportScope>;
  /**
   * What the caller may do with each of the records (by id), decided by the
   * permission policy in one query for the whole page.
   */
  allowedActions(
    records: StoredRecord[],
    ctx: RequestContext,
  ): Promise<Map<string, AllowedActions>>;
  /**
   * The service level clock a queue shows of each of the records (by id),
   * read in one query for the whole page; records without a clock with a
   * target are absent.
   */
  slaSummaries(
    records: StoredRecord[],
    ctx: RequestContext,
  ): Promise<Map<string, SlaClockSummary>>;
}
