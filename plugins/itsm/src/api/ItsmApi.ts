import { createApiRef } from '@backstage/core-plugin-api';
import type {
  ApprovalDecisionRequest,
  CreateReleaseRequest,
  Release,
  ReleasePage,
  ReleaseTransitionRequest,
  ReleaseWindowProposal,
  VerificationCheck,
  VerificationKind,
  CalendarFeed,
  ChangeCalendar,
  Change,
  ChangeForm,
  ChangePage,
  ChangeStepRequest,
  ChangeTransitionRequest,
  Correlation,
  CorrelationDecisionRequest,
  CreateChangeRequest,
  CiChangePage,
  CiPage,
  CiReport,
  ImpactAnalysis,
  IncidentStatistics,
  LinkKind,
  RecordLink,
  SlaClockList,
  SlaReport,
  SlaAgreementView,
  SlaReview,
  SlaReviewDecision,
  EscalationRequest,
  MajorIncidentRequest,
  PriorityDecisionRequest,
  PriorityRaiseRequest,
  ReviewRequest,
  BulkAssignRequest,
  BulkAssignResult,
  CommentVisibility,
  CreateIncidentRequest,
  IncidentCategory,
  Priority,
  RecordSort,
  SupportTier,
  Incident,
  IncidentPage,
  RecordCounts,
  TimelineEvent,
  TimelinePage,
  TransitionRequest,
  UpdateIncidentRequest,
} from '@backstage-itsm/plugin-itsm-common';
import type { SlaReportOptions } from './SlaRequests';
import type { ProblemApi } from './ProblemApi';

export type {
  ListProblemsOptions,
  ProblemApi,
  ProblemChangeRequestBody,
} from './ProblemApi';

/**
 * Which changes to list, and which page of them.
 *
 * @public
 */
export type ListChangesOptions = {
  /** Only changes that affect this catalog entity. */
  entityRef?: string;
  /** Only changes in one of these workflow states. */
  state?: string[];
  /** Text in the title or description, or a human id such as CHG-12. */
  q?: string;
  sort?: RecordSort;
  limit?: number;
  cursor?: string;
};

/**
 * Which incidents to list, and which page of them.
 *
 * @public
 */
export type ListIncidentsOptions = {
  /** Only incidents that affect this catalog entity, e.g. `component:default/payments`. */
  entityRef?: string;
  /** Only incidents in one of these workflow states. */
  state?: string[];
  priority?: Priority[];
  category?: IncidentCategory[];
  /** Only incidents worked by these users; `me` is the signed-in user. */
  assignee?: string[];
  /** Only incidents of these groups; `mine` is every group of the signed-in user. */
  assignmentGroup?: string[];
  /** Only incidents nobody works yet. */
  unassigned?: boolean;
  supportTier?: SupportTier[];
  /** Text in the title or description, or a human id such as INC-12. */
  q?: string;
  sort?: RecordSort;
  /** The page size; the server caps it (see `MAX_PAGE_SIZE`). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
};

/**
 * Which configuration items to list, and which page of them.
 *
 * @public
 */
export type ListConfigurationItemsOptions = {
  /** A class or class/subclass: `hardware` includes `hardware/server`. */
  class?: string;
  kind?: string;
  type?: string;
  /** The owner's entity ref. */
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** Words in the title or entity ref. */
  q?: string;
  /** A tracked field and its value: `metadata.annotations.itsm/supplier=Dell`. */
  attribute?: string;
  limit?: number;
  cursor?: string;
};

/**
 * Which incidents to count.
 *
 * @public
 */
export type CountIncidentsOptions = Omit<
  ListIncidentsOptions,
  'sort' | 'limit' | 'cursor'
>;

/**
 * Which incident statistics to compute.
 *
 * @public
 */
export type IncidentStatisticsOptions = {
  from?: string;
  to?: string;
  period?: 'day' | 'week' | 'month';
  entityRef?: string;
  assignmentGroup?: string[];
};

/**
 * Options of {@link ItsmApi.createIncident}.
 *
 * @public
 */
export type CreateIncidentOptions = {
  /**
   * A key unique to one attempt to report an incident: repeating the request
   * with the same key returns the incident the first request made.
   */
  idempotencyKey?: string;
};

/**
 * Which page of an incident's timeline to get.
 *
 * @public
 */
export type GetIncidentTimelineOptions = {
  limit?: number;
  cursor?: string;
};

/**
 * A comment on a record.
 *
 * @public
 */
export type CommentRequest = {
  body: string;
  /** A public reply (the default), or a work note only workers see. */
  visibility?: CommentVisibility;
};

/**
 * The ITSM backend, as the frontend uses it.
 *
 * Every method rejects with a `ResponseError` (from `@backstage/errors`) when
 * the server answers with an error, so that callers can show the server's
 * message and tell a 409 Conflict (someone else changed the record) apart.
 *
 * @public
 */
export interface ItsmApi extends ProblemApi {
  listIncidents(options?: ListIncidentsOptions): Promise<IncidentPage>;
  /** How many incidents match, by priority, counted by the database. */
  countIncidents(options?: CountIncidentsOptions): Promise<RecordCounts>;
  getIncident(id: string): Promise<Incident>;
  createIncident(
    body: CreateIncidentRequest,
    options?: CreateIncidentOptions,
  ): Promise<Incident>;
  transitionIncident(id: string, body: TransitionRequest): Promise<Incident>;
  updateIncident(id: string, body: UpdateIncidentRequest): Promise<Incident>;
  commentOnIncident(id: string, body: CommentRequest): Promise<TimelineEvent>;
  /** Functional escalation: to another group or a higher tier. */
  escalateIncident(id: string, body: EscalationRequest): Promise<Incident>;
  /** Asks the group's lead to approve a higher priority. */
  requestIncidentPriority(
    id: string,
    body: PriorityRaiseRequest,
  ): Promise<Incident>;
  /** The lead's decision on a waiting raise of priority. */
  decideIncidentPriority(
    id: string,
    body: PriorityDecisionRequest,
  ): Promise<Incident>;
  declareMajorIncident(
    id: string,
    body: MajorIncidentRequest,
  ): Promise<Incident>;
  /** The post-incident review of a resolved major incident. */
  reviewIncident(id: string, body: ReviewRequest): Promise<Incident>;
  /** Incident statistics over a range (the last 30 days by default). */
  getIncidentStatistics(
    options?: IncidentStatisticsOptions,
  ): Promise<IncidentStatistics>;
  /** The incident's service level clocks (§8.1), as of now. */
  getIncidentSla(id: string): Promise<SlaClockList>;
  /** The service level report (§8.3). */
  getSlaReport(options?: SlaReportOptions): Promise<SlaReport>;
  /** The agreement an entity's incidents fall under (404 when none). */
  getSlaAgreement(entityRef: string): Promise<SlaAgreementView>;
  /** The reviews of an entity's agreement, newest first. */
  listSlaReviews(entityRef: string): Promise<{ items: SlaReview[] }>;
  /** Records a review of an entity's agreement (§8.3.2). */
  reviewSla(body: {
    entityRef: string;
    decision: SlaReviewDecision;
    notes: string;
    from?: string;
    to?: string;
  }): Promise<SlaReview>;
  /** The links from and to an incident. */
  listIncidentLinks(id: string): Promise<{ items: RecordLink[] }>;
  /** Links an incident to another record (`INC-3`, `PRB-2`, `CHG-7`). */
  linkIncident(
    id: string,
    body: { target: string; kind: LinkKind },
  ): Promise<RecordLink>;
  /** Gives several incidents to a group and/or assignee, each on its own. */
  bulkAssignIncidents(body: BulkAssignRequest): Promise<BulkAssignResult>;
  getIncidentTimeline(
    id: string,
    options?: GetIncidentTimelineOptions,
  ): Promise<TimelinePage>;
  /**
   * What depends, transitively, on the given entities (to `depth` steps,
   * default 5), or what they rely on, with the owners as stakeholders.
   */
  analyzeImpact(options: {
    entityRefs: string[];
    depth?: number;
    /** `downstream` (default): what depends on them; `upstream`: what they rely on. */
    direction?: 'downstream' | 'upstream';
  }): Promise<ImpactAnalysis>;
  /** Configuration items from the CMDB's index, in entity ref order. */
  listConfigurationItems(
    options: ListConfigurationItemsOptions,
  ): Promise<CiPage>;
  /** The configuration status report (§6.3.3). */
  getConfigurationReport(options: { staleDays?: number }): Promise<CiReport>;
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
  listReleases(options?: ListChangesOptions): Promise<ReleasePage>;
  getRelease(id: string): Promise<Release>;
  createRelease(
    body: CreateReleaseRequest,
    options?: { idempotencyKey?: string },
  ): Promise<Release>;
  /** The next free window for a release of the entity. */
  proposeReleaseWindow(options: {
    entityRef: string;
    durationMinutes?: number;
    after?: string;
  }): Promise<ReleaseWindowProposal>;
  transitionRelease(
    id: string,
    body: ReleaseTransitionRequest,
  ): Promise<Release>;
  decideRelease(id: string, body: ApprovalDecisionRequest): Promise<Release>;
  /**
   * Gives the release its change request: carries `change` (an open one,
   * e.g. `CHG-12`) or, without it, raises one from the release's plan.
   */
  addReleaseChangeRequest(
    id: string,
    body: { version: number; change?: string; changeType?: string },
  ): Promise<Release>;
  recordReleaseVerification(
    id: string,
    body: {
      version: number;
      kind: VerificationKind;
      item: string;
      result: VerificationCheck['result'];
      evidenceUrl?: string;
    },
  ): Promise<Release>;
  checkReleasePreRelease(
    id: string,
    body: { version: number; check: string; done?: boolean },
  ): Promise<Release>;
  reportReleasePhase(
    id: string,
    body: { version?: number; phase: string; status: string; note?: string },
  ): Promise<Release>;
  /** Incidents on the release's entities since its rollout started. */
  getReleaseIncidents(
    id: string,
  ): Promise<{ items: Incident[]; considerRollback: boolean }>;
  commentOnRelease(id: string, body: CommentRequest): Promise<TimelineEvent>;
  getReleaseTimeline(
    id: string,
    options?: GetIncidentTimelineOptions,
  ): Promise<TimelinePage>;
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
  /** Changes to configuration items, newest first (§6.2). */
  listCiChanges(options: {
    entityRef?: string;
    unauthorized?: boolean;
    limit?: number;
    cursor?: string;
  }): Promise<CiChangePage>;
}

/**
 * The reference to the {@link ItsmApi}.
 *
 * @public
 */
export const itsmApiRef = createApiRef<ItsmApi>({ id: 'plugin.itsm.api' });
