/**
 * What a process registers with the record core for its own record type,
 * so that the core's use cases need to know no process.
 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { ResolvedEntities } from '../catalog/EntityLookup';
import { CreateRecordOptions } from '../database/RecordStore';
import {
  StoredRecord,
  SlaClockMover,
  UpdateRecordOptions,
} from '../model/recordModel';
import { FieldChange, RecordEdit } from '../domain/diffRecord';
import {
  SlaClock,
  SlaClockSummary,
  StoredSlaClock,
} from '../model/slaClockModel';
import { CreateRecordInput, RequestContext } from './RecordService';

/** What intake decides for a new record besides its core fields. */
export type RecordIntake = Pick<
  CreateRecordOptions,
  | 'priority'
  | 'fields'
  | 'category'
  | 'assignmentGroup'
  | 'supportTier'
  | 'assignee'
  | 'reportedBy'
  | 'window'
  | 'uniqueKeys'
>;

/**
 * The input as a type's intake reads it. The core passes on the fields it
 * does not know; the HTTP body was checked against the contract and the
 * type's planner checks each field it reads.
 */
export const intakeInputOf = <T>(input: CreateRecordInput) =>
  input as CreateRecordInput & T;

/**
 * What a new record of one type is stored with besides its core fields:
 * each process registers its own (an incident's priority and routing, a
 * change's model and risk, a release's version), so the create use case
 * needs to know none of them.
 */
export type IntakePlanner = (options: {
  input: CreateRecordInput;
  resolved: ResolvedEntities;
  ctx: RequestContext;
  now: string;
}) => Promise<RecordIntake>;

/**
 * The service level clocks of records (incidents), as the core starts and
 * moves them in the record's own transaction. The service level process
 * (sla/SlaClockPlanner) decides which clocks and targets.
 */
export interface SlaClockPlanning {
  /** The record types that carry clocks. */
  readonly recordTypes: readonly RecordType[];
  /** The clocks a new incident starts; none when no agreement covers it. */
  start(options: {
    priority: string;
    state: string;
    category?: string;
    resolved: ResolvedEntities;
    now: string;
    credentials: BackstageCredentials;
  }): Promise<SlaClock[]>;
  /** How a write moves an incident's clocks. */
  mover(options: { now: string; responded?: boolean }): SlaClockMover;
  /**
   * The clock a queue shows of one record's clocks as of `now`; none when
   * no clock has a target.
   */
  summarize(
    clocks: readonly StoredSlaClock[],
    now: string,
  ): SlaClockSummary | undefined;
}

/**
 * What a process adds to an edit: the columns it derives (an incident's
 * support tier, a risk's fields and the priority its level gives) and the
 * changes of its own fields for the timeline, beside the core's.
 */
export type EditPlan = Partial<UpdateRecordOptions['set']> & {
  changes?: FieldChange[];
};

/**
 * What a process adds to an edit of its record's own fields, after the
 * core has checked them (the state allows it, the people and entities are
 * in the catalog): the fields it derives from the edit (an incident's
 * support tier from its new group) or its own fields the request carries
 * (a risk's likelihood and impact, an analysis's impact grid), with what
 * changed in `changes`, which the timeline shows beside the core fields'.
 * Throws an InputError to refuse the edit (an incident's priority raised
 * without its lead).
 */
export type EditPlanner = (options: {
  record: StoredRecord;
  edit: RecordEdit;
  ctx: RequestContext;
}) => EditPlan | Promise<EditPlan>;
