import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  LinkKind,
  Priority,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { Request } from 'express';
import {
  NewAlertSource,
  RecordCriteria,
  StoredLink,
  StoredRecord,
  StoredTimelineEvent,
} from '../database/RecordStore';
import { RecordEdit } from '../domain/diffRecord';
import { IncidentIntakeInput } from '../domain/planIncidentIntake';
import { TransitionInput } from '../domain/planTransition';

/**
 * Which records the caller may see and work, as decided by the permission
 * policy: absent means all, criteria narrow in SQL.
 */
export type RecordAccess = {
  read?: RecordCriteria;
  write?: RecordCriteria;
  comment?: RecordCriteria;
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
};

/** A new record: the core fields and what its type's intake reads. */
export type CreateRecordInput = IncidentIntakeInput & {
  title: string;
  description: string;
  entityRefs: string[];
};

export type ListRecordsQuery = {
  entityRef?: string;
  states?: string[];
  limit?: number;
  cursor?: string;
};

/** A link with both of its ends. */
export type LinkView = {
  link: StoredLink;
  source: StoredRecord;
  target: StoredRecord;
};

/** What the caller may do with a record now. */
export type AllowedActions = { update: boolean; comment: boolean };

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
  comment(
    type: RecordType,
    idOrRef: string,
    body: string,
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
   * What the caller may do with each of the records (by id), decided by the
   * permission policy in one query for the whole page.
   */
  allowedActions(
    records: StoredRecord[],
    ctx: RequestContext,
  ): Promise<Map<string, AllowedActions>>;
}
