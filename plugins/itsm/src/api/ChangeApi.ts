import type {
  ApprovalDecisionRequest,
  CalendarFeed,
  Change,
  ChangeCalendar,
  ChangeForm,
  ChangePage,
  ChangeStepRequest,
  ChangeTransitionRequest,
  Correlation,
  CorrelationDecisionRequest,
  CreateChangeRequest,
  RecordLink,
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import type {
  CommentRequest,
  GetIncidentTimelineOptions,
  ListChangesOptions,
} from './RecordOptions';

/**
 * The change management part of the {@link ItsmApi} (chapter 5): change
 * requests, their approval, the incidents they caused, and the change
 * calendar with its subscriptions.
 *
 * @public
 */
export interface ChangeApi {
  listChanges(options?: ListChangesOptions): Promise<ChangePage>;
  getChange(id: string): Promise<Change>;
  /** The links from and to a change (e.g. the releases it authorises). */
  listChangeLinks(id: string): Promise<{ items: RecordLink[] }>;
  /** Requests a change (a draft); the key makes a retry return the first. */
  createChange(
    body: CreateChangeRequest,
    options?: { idempotencyKey?: string },
  ): Promise<Change>;
  transitionChange(id: string, body: ChangeTransitionRequest): Promise<Change>;
  /** Incidents suggested, confirmed or dismissed as caused by a change. */
  getChangeIncidents(id: string): Promise<Correlation>;
  /** Changes suggested, confirmed or dismissed as the cause of an incident. */
  getIncidentChanges(id: string): Promise<Correlation>;
  /** Confirms or dismisses that a change caused an incident. */
  decideChangeIncident(
    changeId: string,
    body: CorrelationDecisionRequest,
  ): Promise<Correlation>;
  /** Ticks a step of the plan off (or back on) while implementing. */
  updateChangeStep(id: string, body: ChangeStepRequest): Promise<Change>;
  /** An approver's decision on a change awaiting approval. */
  decideChange(id: string, body: ApprovalDecisionRequest): Promise<Change>;
  commentOnChange(id: string, body: CommentRequest): Promise<TimelineEvent>;
  getChangeTimeline(
    id: string,
    options?: GetIncidentTimelineOptions,
  ): Promise<TimelinePage>;
  /** The risk questionnaire and the standard changes a request uses. */
  getChangeForm(): Promise<ChangeForm>;
  /** The changes and windows of a range (at most 400 days). */
  getChangeCalendar(options: {
    from: string;
    to: string;
    entityRef?: string;
  }): Promise<ChangeCalendar>;
  /** The calendar as an iCalendar (.ics) document, for a download. */
  downloadChangeCalendar(options: { entityRef?: string }): Promise<Blob>;
  /** The caller's calendar subscriptions. */
  listCalendarFeeds(): Promise<{ items: CalendarFeed[] }>;
  /** A new subscription address (shown only now). */
  createCalendarFeed(options: {
    entityRef?: string;
  }): Promise<CalendarFeed & { url: string }>;
  deleteCalendarFeed(id: string): Promise<void>;
}
