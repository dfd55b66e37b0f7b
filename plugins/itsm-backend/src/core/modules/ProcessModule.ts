import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { SchedulerService } from '@backstage/backend-plugin-api';
import { RequestHandler } from 'express';
import { MoveFields } from '../domain/planTransition';
import { NotificationRules } from '../model/notificationModel';
import { RouteMounter } from '../router/createRouter';
import { RecordNotifier } from '../services/DefaultRecordNotifier';
import { StoredRecord } from '../database/RecordStore';
import {
  AllowedActions,
  RecordService,
  TransitionPlanner,
} from '../services/RecordService';
import {
  EditPlanner,
  IntakePlanner,
  SlaClockPlanning,
} from '../services/recordProcessHooks';

/** What a process registers with the record core for a record type it owns. */
export type RecordTypeRegistration = {
  /** What a new record is stored with besides its core fields. */
  intake?: IntakePlanner;
  /** The fields of its own moves, as the core records and keeps them. */
  moves?: MoveFields;
  /** What a workflow move does besides the workflow table's effects. */
  transition?: TransitionPlanner;
  /** What an edit of the record's own fields adds. */
  edit?: EditPlanner;
  /** Who hears of a change of the record. */
  notifications?: NotificationRules;
  /** How the API shows the record (`allowed`: what the caller may do). */
  present?: (record: StoredRecord, allowed?: AllowedActions) => unknown;
};

/** The record core as a process's parts use it, once it runs. */
export type RunningRecordCore = {
  /** The record use cases, permission-checked. */
  records: RecordService;
  /** Sends what the processes' notification rules plan. */
  notifier: RecordNotifier;
};

/** A task a process schedules. */
export type ScheduledTask = (scheduler: SchedulerService) => Promise<void>;

/** What a process adds to the plugin once the record core runs. */
export type ProcessParts = {
  /** Its routes, mounted on the validated router in module order. */
  routes?: RouteMounter[];
  /**
   * Handlers ahead of the body parser: routes that read their own bodies
   * (the intake of mail) or keep secrets out of the request log.
   */
  ahead?: RequestHandler[];
  /** Paths that replace NUL characters themselves instead of refusing them. */
  nulTolerantPaths?: string[];
  /** Paths reached without a Backstage token: the route checks the caller. */
  unauthenticatedPaths?: string[];
  /** Its scheduled tasks. */
  tasks?: ScheduledTask[];
};

/**
 * A process as the plugin mounts it (see docs/architecture.md, "The map"):
 * what it registers with the record core before the record service exists,
 * and what it starts once the service runs. Each process folder exports a
 * factory, `create<Process>Module`, that returns one.
 */
export type ProcessModule = {
  /** The record types it owns, with what each registers. */
  recordTypes?: Partial<Record<RecordType, RecordTypeRegistration>>;
  /**
   * Listeners to every committed record change beside the notification
   * rules (a problem's fix follower), given the notifier they tell people
   * with. Called once, before `start`.
   */
  listeners?(notifier: RecordNotifier): RecordNotifier[];
  /** The service level clocks incidents carry (the SLA process's). */
  slaClocks?: SlaClockPlanning;
  /** Its routes, tasks and the like, on the running record core. */
  start(core: RunningRecordCore): ProcessParts | Promise<ProcessParts>;
};
