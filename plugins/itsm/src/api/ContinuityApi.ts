import type {
  ContinuityRecordOf,
  ContinuityRecordType,
  CreateBusinessImpactAnalysisRequest,
  CreateContinuityPlanRequest,
  CreateExerciseRequest,
  CreateRiskRequest,
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import type {
  CommentRequest,
  GetIncidentTimelineOptions,
  ListChangesOptions,
} from './RecordOptions';

/**
 * What a new continuity record of each type says.
 *
 * @public
 */
export type ContinuityCreateRequestOf = {
  risk: CreateRiskRequest;
  'impact-analysis': CreateBusinessImpactAnalysisRequest;
  'continuity-plan': CreateContinuityPlanRequest;
  exercise: CreateExerciseRequest;
};

/**
 * A move of a continuity record through its workflow.
 *
 * @public
 */
export type ContinuityTransitionBody = {
  action: string;
  version: number;
  reason?: string;
  comment?: string;
  /** How an exercise ended (`complete`). */
  result?: 'passed' | 'passed_with_findings' | 'failed';
};

/**
 * The IT service continuity part of the {@link ItsmApi} (chapter 9): the
 * shared record routes of risks, business impact analyses, continuity
 * plans and exercises, by record type.
 *
 * @public
 */
export interface ContinuityApi {
  listContinuityRecords<T extends ContinuityRecordType>(
    type: T,
    options?: ListChangesOptions,
  ): Promise<{ items: ContinuityRecordOf[T][]; nextCursor?: string }>;
  getContinuityRecord<T extends ContinuityRecordType>(
    type: T,
    ref: string,
  ): Promise<ContinuityRecordOf[T]>;
  createContinuityRecord<T extends ContinuityRecordType>(
    type: T,
    body: ContinuityCreateRequestOf[T],
    options?: { idempotencyKey?: string },
  ): Promise<ContinuityRecordOf[T]>;
  updateContinuityRecord<T extends ContinuityRecordType>(
    type: T,
    ref: string,
    body: { version: number; title?: string; description?: string },
  ): Promise<ContinuityRecordOf[T]>;
  transitionContinuityRecord<T extends ContinuityRecordType>(
    type: T,
    ref: string,
    body: ContinuityTransitionBody,
  ): Promise<ContinuityRecordOf[T]>;
  getContinuityTimeline(
    type: ContinuityRecordType,
    ref: string,
    options?: GetIncidentTimelineOptions,
  ): Promise<TimelinePage>;
  commentOnContinuityRecord(
    type: ContinuityRecordType,
    ref: string,
    body: CommentRequest,
  ): Promise<TimelineEvent>;
}
