/**
 * What a notification about a record is, as the processes' notification
 * rules plan it and the core's notifier sends it.
 */
import { NewTimelineEvent, StoredRecord } from './recordModel';

/** One notification to send: who gets it and what it says. */
export type PlannedNotification = {
  /** Entity refs of users or groups (a group reaches its members). */
  to: string[];
  /** Users left out even when a group in `to` has them as members. */
  exclude?: string[];
  title: string;
  description?: string;
  severity: 'critical' | 'high' | 'normal' | 'low';
  /**
   * Notifications with the same scope replace each other, so a busy
   * incident leaves one notification per purpose, not one per change.
   */
  scope: string;
};

/** A change of a record, as the notifier sees it. */
export type RecordChange = {
  before?: StoredRecord;
  after: StoredRecord;
  event: NewTimelineEvent;
};

/**
 * How a notification names a person, a group or a service: by its
 * catalog name (`Sam Agarwal`), or the name part of its ref
 * (`sam.agent`), never the whole ref.
 */
export type NameOf = (entityRef: string) => string;

/**
 * A process's notification rules for its record type: who hears of a
 * change and what they read (records, people, entities and times in
 * words: `nameOf` for whoever it names, times in UTC), and where the
 * record's page is in the portal.
 */
export type NotificationRules = {
  plan(change: RecordChange, nameOf: NameOf): PlannedNotification[];
  /** The portal path of the type's pages, e.g. `/itsm/incidents`. */
  path: string;
};
