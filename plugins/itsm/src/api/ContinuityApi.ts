import type {
  ApprovalDecisionRequest,
  ContinuityPlan,
  ContinuityPlanObjective,
  ContinuityPlanVersion,
  ContinuityPlanVersionSummary,
  UpdateContinuityPlanContentRequest,
  ContinuityRecordOf,
  ContinuityRecordType,
  CreateBusinessImpactAnalysisRequest,
  CreateContinuityPlanRequest,
  CreateExerciseRequest,
  CreateRiskRequest,
  RiskRegister,
  RiskReport,
  RiskReportSummary,
  Exercise,
  ExerciseFindingRequest,
  ExerciseStepRequest,
  IncidentContinuity,
  TimelineEvent,
  TimelinePage,
  BusinessImpactAnalysis,
  ContinuityCoverageReport,
  ContinuitySummary,
  ImpactAnalysisFacts,
  RecoveryObjectivesCheck,
  UpdateBusinessImpactAnalysisRequest,
  UpdateRiskRequest,
  UpdateContinuityPlanRequest,
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
 * What an edit of a continuity record of each type may change: a risk's
 * assessment and treatment besides its title and description.
 *
 * @public
 */
export type ContinuityUpdateRequestOf = {
  risk: UpdateRiskRequest;
  'impact-analysis': UpdateBusinessImpactAnalysisRequest;
  'continuity-plan': UpdateContinuityPlanRequest;
  exercise: ContinuityRecordEdit;
};

/**
 * The edit every continuity record takes.
 *
 * @public
 */
export type ContinuityRecordEdit = {
  version: number;
  title?: string;
  description?: string;
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
  /** The data an exercise lost, in minutes (`complete`). */
  dataLossMinutes?: number;
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
    body: ContinuityUpdateRequestOf[T],
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
  /** Replaces the parts of a plan's content the body names (§9.2.2). */
  updateContinuityPlanContent(
    ref: string,
    body: UpdateContinuityPlanContentRequest,
  ): Promise<ContinuityPlan>;
  /** Ticks a plan's measure done, or open again. */
  tickContinuityPlanMeasure(
    ref: string,
    measureId: string,
    body: { version: number; done: boolean },
  ): Promise<ContinuityPlan>;
  /** An approver's decision on a plan in review. */
  decideContinuityPlanApproval(
    ref: string,
    body: ApprovalDecisionRequest,
  ): Promise<ContinuityPlan>;
  /** A plan's approved versions, oldest first. */
  listContinuityPlanVersions(
    ref: string,
  ): Promise<ContinuityPlanVersionSummary[]>;
  /** One approved version of a plan with its content. */
  getContinuityPlanVersion(
    ref: string,
    version: number,
  ): Promise<ContinuityPlanVersion>;
  /** The RTO and RPO of the services a plan covers, from approved BIAs. */
  getContinuityPlanObjectives(ref: string): Promise<ContinuityPlanObjective[]>;
  /** The facts an analysis starts from, gathered from the portal. */
  getImpactAnalysisFacts(ref: string): Promise<ImpactAnalysisFacts>;
  /** The analysis's RTO checked against the dependency graph. */
  getImpactAnalysisConsistency(ref: string): Promise<RecoveryObjectivesCheck>;
  /** The entity owner's decision on a submitted analysis. */
  decideImpactAnalysisApproval(
    ref: string,
    body: { decision: 'approve' | 'reject'; comment?: string },
  ): Promise<BusinessImpactAnalysis>;
  /** An entity's recovery objectives checked against the graph. */
  getRecoveryObjectives(entityRef: string): Promise<RecoveryObjectivesCheck>;
  /** The coverage report: critical services' gaps, inconsistent objectives. */
  getContinuityCoverage(): Promise<ContinuityCoverageReport>;
  /**
   * The ranked risk register (§9.1.3(4)) of a scope: `all`, or a system's
   * or domain's entity ref.
   */
  getRiskRegister(scope?: string): Promise<RiskRegister>;
  /** The kept versions of the risk assessment report, newest first. */
  listRiskReports(): Promise<{ items: RiskReportSummary[] }>;
  /** Generates the risk assessment report (§9.1.3(5)) of a scope now. */
  createRiskReport(scope?: string): Promise<RiskReport>;
  getRiskReport(id: string): Promise<RiskReport>;
  /** Stamps a step of a running exercise's checklist started or done. */
  tickExerciseStep(
    ref: string,
    stepId: string,
    body: ExerciseStepRequest,
  ): Promise<Exercise>;
  /** Records a finding of an exercise; it may send the plan into revision. */
  addExerciseFinding(
    ref: string,
    body: ExerciseFindingRequest,
  ): Promise<Exercise>;
  /** The plans covering an incident and those invoked for it. */
  getIncidentContinuity(incidentRef: string): Promise<IncidentContinuity>;
  invokeContinuityPlan(
    incidentRef: string,
    body: { version: number; plan: string },
  ): Promise<IncidentContinuity>;
  tickContinuityStep(
    incidentRef: string,
    invocationId: string,
    stepId: string,
    body: ExerciseStepRequest,
  ): Promise<IncidentContinuity>;
  recordContinuityRecovery(
    incidentRef: string,
    invocationId: string,
    body: { version: number; dataLossMinutes?: number },
  ): Promise<IncidentContinuity>;
  /**
   * What continuity says of one entity, for its Continuity card: analysis,
   * plans, last drill, open findings and red flags.
   */
  getContinuitySummary(entityRef: string): Promise<ContinuitySummary>;
}
