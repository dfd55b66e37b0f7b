import type {
  BulkAssignRequest,
  BulkAssignResult,
  CreateIncidentRequest,
  EscalationRequest,
  Incident,
  IncidentCategory,
  IncidentPage,
  IncidentStatistics,
  LinkKind,
  MajorIncidentRequest,
  Priority,
  PriorityDecisionRequest,
  PriorityRaiseRequest,
  RecordCounts,
  RecordLink,
  RecordSort,
  ReviewRequest,
  SupportTier,
  TimelineEvent,
  TimelinePage,
  TransitionRequest,
  UpdateIncidentRequest,
} from '@backstage-itsm/plugin-itsm-common';
import type {
  CommentRequest,
  GetIncidentTimelineOptions,
} from './RecordOptions';

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
  /**
   * Only incidents reported by or for these users (the caller an agent
   * logged a call for); `me` is the signed-in user: "My requests".
   */
  reportedBy?: string[];
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
 * The incident management part of the {@link ItsmApi} (chapter 3):
 * incidents, their escalation, priority, links, statistics and timeline.
 *
 * @public
 */
export interface IncidentApi {
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
}
