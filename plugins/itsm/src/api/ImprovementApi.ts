import type {
  CreateImprovementItemRequest,
  CreateTrainingSessionRequest,
  ImprovementEffect,
  ImprovementItem,
  ImprovementPlan,
  ImprovementRecordType,
  KpiBreakdown,
  KpiRecordPage,
  KpiScorecard,
  KpiSeries,
  LinkKind,
  PeriodicReport,
  PeriodicReportSummary,
  RecordLink,
  TimelineEvent,
  TimelinePage,
  TrainingPlan,
  TrainingSession,
  UpdateImprovementItemRequest,
} from '@backstage-itsm/plugin-itsm-common';
import type {
  CommentRequest,
  GetIncidentTimelineOptions,
  ListChangesOptions,
} from './RecordOptions';

/**
 * A continual improvement record of each type, as the API shows it.
 *
 * @public
 */
export type ImprovementRecordOf = {
  improvement: ImprovementItem;
  training: TrainingSession;
};

/**
 * What a new continual improvement record of each type says.
 *
 * @public
 */
export type ImprovementCreateRequestOf = {
  improvement: CreateImprovementItemRequest;
  training: CreateTrainingSessionRequest;
};

/**
 * A move of a continual improvement record through its workflow.
 *
 * @public
 */
export type ImprovementTransitionBody = {
  action: string;
  version: number;
  reason?: string;
  comment?: string;
  /** How an improvement item's evaluation ended (`close`). */
  outcome?: 'effective' | 'not_effective';
  /** What the evaluation found (`close`). */
  note?: string;
  /** The users who completed a training session (`hold`). */
  completedBy?: string[];
};

/**
 * Whose figures: the portal's (neither), one assignment group's or one
 * catalog entity's.
 *
 * @public
 */
export type KpiScopeOptions = { group?: string; service?: string };

/**
 * The continual improvement part of the {@link ItsmApi} (chapter 10): the
 * KPI dashboard's figures, and the shared record routes of improvement
 * items and training sessions, by record type.
 *
 * @public
 */
export interface ImprovementApi {
  /** Every indicator for a month (`YYYY-MM`, the running one if absent). */
  getKpiScorecard(
    options?: KpiScopeOptions & { period?: string },
  ): Promise<KpiScorecard>;
  /** One indicator's monthly figures, oldest first. */
  getKpiSeries(
    indicatorId: string,
    options?: KpiScopeOptions & { months?: number },
  ): Promise<KpiSeries>;
  /** One indicator's figure split by group, service, priority, type or model. */
  getKpiBreakdown(
    indicatorId: string,
    by: 'group' | 'service' | 'priority' | 'type' | 'model',
    options?: KpiScopeOptions & { period?: string },
  ): Promise<KpiBreakdown>;
  /** The records behind a figure, of those the caller may read. */
  getKpiRecords(
    indicatorId: string,
    options?: KpiScopeOptions & {
      period?: string;
      by?: 'group' | 'service' | 'priority' | 'type' | 'model';
      key?: string;
      cursor?: string;
      limit?: number;
    },
  ): Promise<KpiRecordPage>;
  listImprovementRecords<T extends ImprovementRecordType>(
    type: T,
    options?: ListChangesOptions,
  ): Promise<{ items: ImprovementRecordOf[T][]; nextCursor?: string }>;
  getImprovementRecord<T extends ImprovementRecordType>(
    type: T,
    ref: string,
  ): Promise<ImprovementRecordOf[T]>;
  createImprovementRecord<T extends ImprovementRecordType>(
    type: T,
    body: ImprovementCreateRequestOf[T],
    options?: { idempotencyKey?: string },
  ): Promise<ImprovementRecordOf[T]>;
  updateImprovementRecord<T extends ImprovementRecordType>(
    type: T,
    ref: string,
    body: {
      version: number;
      title?: string;
      description?: string;
    } & (T extends 'improvement'
      ? Omit<UpdateImprovementItemRequest, 'version'>
      : {}),
  ): Promise<ImprovementRecordOf[T]>;
  transitionImprovementRecord<T extends ImprovementRecordType>(
    type: T,
    ref: string,
    body: ImprovementTransitionBody,
  ): Promise<ImprovementRecordOf[T]>;
  getImprovementTimeline(
    type: ImprovementRecordType,
    ref: string,
    options?: GetIncidentTimelineOptions,
  ): Promise<TimelinePage>;
  commentOnImprovementRecord(
    type: ImprovementRecordType,
    ref: string,
    body: CommentRequest,
  ): Promise<TimelineEvent>;
  /** Approves or rejects a proposed improvement item (§10.2.2). */
  decideImprovementApproval(
    ref: string,
    body: { decision: 'approve' | 'reject'; comment?: string },
  ): Promise<ImprovementItem>;
  /** An improvement item's measured effect, in evaluation or closed. */
  getImprovementEffect(ref: string): Promise<ImprovementEffect>;
  /** The continual improvement plan of a year (§10.3.1), by quarter. */
  getImprovementPlan(options?: { year?: number }): Promise<ImprovementPlan>;
  /** The links from and to a record (a training's known errors, items). */
  listImprovementLinks(
    type: ImprovementRecordType,
    ref: string,
  ): Promise<{ items: RecordLink[] }>;
  linkImprovementRecord(
    type: ImprovementRecordType,
    ref: string,
    body: { target: string; kind: LinkKind },
  ): Promise<RecordLink>;
  /** A group's training plan (§10.2.3): sessions, members, completions. */
  getTrainingPlan(group: string): Promise<TrainingPlan>;
  /** The kept monthly reports, newest period first, of one scope or all. */
  listPeriodicReports(
    scope?: string,
  ): Promise<{ items: PeriodicReportSummary[] }>;
  /** One monthly report with its Markdown and CSV. */
  getPeriodicReport(scope: string, period: string): Promise<PeriodicReport>;
  /** Generates a scope's report of a past month now (managers). */
  createPeriodicReport(body: {
    scope: string;
    period: string;
  }): Promise<PeriodicReport>;
}
