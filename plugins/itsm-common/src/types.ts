import type { components, paths } from './generated/openapi';

type Schemas = components['schemas'];

/** @public */
export type Incident = Schemas['Incident'];
/** @public */
export type IncidentPage = Schemas['IncidentPage'];
/** @public */
export type RecordCounts = Schemas['RecordCounts'];
/** @public */
export type CreateIncidentRequest = Schemas['CreateIncidentRequest'];
/** @public */
export type UpdateIncidentRequest = Schemas['UpdateIncidentRequest'];
/** @public */
export type TransitionRequest = Schemas['TransitionRequest'];
/** @public */
export type TimelineEvent = Schemas['TimelineEvent'];
/** @public */
export type TimelineEventKind = TimelineEvent['kind'];
/** @public */
export type TimelinePage = Schemas['TimelinePage'];
/** @public */
export type CommentVisibility = Schemas['CommentVisibility'];
/** @public */
export type AllowedActions = Schemas['AllowedActions'];
/** @public */
export type BulkAssignRequest = Schemas['BulkAssignRequest'];
/** @public */
export type BulkAssignResult = Schemas['BulkAssignResult'];
/** @public */
export type IncidentStatistics = Schemas['IncidentStatistics'];
/** @public */
export type EscalationRequest = Schemas['EscalationRequest'];
/** @public */
export type PriorityRaiseRequest = Schemas['PriorityRaiseRequest'];
/** @public */
export type PriorityDecisionRequest = Schemas['PriorityDecisionRequest'];
/** @public */
export type MajorIncidentRequest = Schemas['MajorIncidentRequest'];
/** @public */
export type ReviewRequest = Schemas['ReviewRequest'];
/** @public */
export type PriorityRequest = Schemas['PriorityRequest'];
/** @public */
export type LinkKind = Schemas['LinkKind'];

/**
 * The orders a record list can be sorted in: `newest` first, by `priority`
 * (highest first, then oldest first: a working queue), or by last `updated`.
 *
 * @public
 */
export const recordSorts = ['newest', 'priority', 'updated'] as const;

/** @public */
export type RecordSort = (typeof recordSorts)[number];
/** @public */
export type RecordLink = Schemas['RecordLink'];

/**
 * The link kinds between records, as the API names them.
 *
 * @public
 */
export const linkKinds: readonly LinkKind[] = [
  'caused-by',
  'fixes',
  'duplicates',
  'part-of',
  'relates-to',
];

/**
 * A link's kind as its source says it: INC-3 "caused by" CHG-7.
 *
 * @public
 */
export const linkKindLabels: Record<LinkKind, string> = {
  'caused-by': 'caused by',
  fixes: 'fixes',
  duplicates: 'duplicate of',
  'part-of': 'part of',
  'relates-to': 'related to',
};

/**
 * Who a comment is for: everyone who may read the record, or (a work
 * note) those who work it.
 *
 * @public
 */
export const commentVisibilityLabels: Record<CommentVisibility, string> = {
  public: 'Reply',
  work_note: 'Work note',
};

/**
 * The most items one page of any list holds; a larger `limit` is refused.
 *
 * @public
 */
export const MAX_PAGE_SIZE = 100;
/** @public */
export type ImpactAnalysis = Schemas['ImpactAnalysis'];
/** @public */
export type ImpactedEntity = Schemas['ImpactedEntity'];
/** @public */
export type ImpactRelation = Schemas['ImpactRelation'];
/** @public */
export type CiChange = Schemas['CiChange'];
/** @public */
export type CiChangePage = Schemas['CiChangePage'];

/**
 * What happened to a configuration item, in a word.
 *
 * @public
 */
export const ciChangeKindLabels: Record<CiChange['kind'], string> = {
  added: 'Added',
  modified: 'Changed',
  removed: 'Removed',
};
/** @public */
export type CiItem = Schemas['CiItem'];
/** @public */
export type CiPage = Schemas['CiPage'];
/** @public */
export type CiReport = Schemas['CiReport'];
/** @public */
export type CiCount = Schemas['CiCount'];
/** @public */
export type Change = Schemas['Change'];
/** @public */
export type ChangePage = Schemas['ChangePage'];
/** @public */
export type CreateChangeRequest = Schemas['CreateChangeRequest'];
/** @public */
export type UpdateChangeRequest = Schemas['UpdateChangeRequest'];
/** @public */
export type ChangeTransitionRequest = Schemas['ChangeTransitionRequest'];
/** @public */
export type ApprovalDecisionRequest = Schemas['ApprovalDecisionRequest'];
/** @public */
export type ChangeForm = Schemas['ChangeForm'];
/** @public */
export type ChangeImpactSummary = Schemas['ChangeImpact'];
/** @public */
export type ChangeApprovalRound = Schemas['ChangeApproval'];
/** @public */
export type ChangeStepRequest = Schemas['ChangeStepRequest'];
/** @public */
export type Correlation = Schemas['Correlation'];
/** @public */
export type CorrelatedRecord = Schemas['CorrelatedRecord'];
/** @public */
export type CorrelationDecisionRequest = Schemas['CorrelationDecisionRequest'];
/** @public */
export type DeploymentDecision = Schemas['DeploymentDecision'];
/** @public */
export type CalendarEvent = Schemas['CalendarEvent'];
/** @public */
export type ChangeCalendar = Schemas['ChangeCalendar'];
/** @public */
export type CalendarFeed = Schemas['CalendarFeed'];
/** @public */
export type Release = Schemas['Release'];
/** @public */
export type ReleasePage = Schemas['ReleasePage'];
/** @public */
export type CreateReleaseRequest = Schemas['CreateReleaseRequest'];
/** @public */
export type ReleaseTransitionRequest = Schemas['ReleaseTransitionRequest'];
/** @public */
export type ReleaseWindowProposal =
  paths['/releases/free-window']['get']['responses']['200']['content']['application/json'];
/** @public */
export type SlaClock = Schemas['SlaClock'];
/** @public */
export type SlaClockList = Schemas['SlaClockList'];
/** @public */
export type IncidentSlaSummary = Schemas['IncidentSlaSummary'];
/** @public */
export type SlaReport = Schemas['SlaReport'];
/** @public */
export type SlaOutcomeRow = Schemas['SlaOutcomeRow'];
/** @public */
export type SlaCompliance = Schemas['SlaCompliance'];
/** @public */
export type SlaAgreementView = Schemas['SlaAgreement'];
/** @public */
export type SlaReview = Schemas['SlaReview'];
/** @public */
export type Problem = Schemas['Problem'];
/** @public */
export type ProblemPage = Schemas['ProblemPage'];
/** @public */
export type CreateProblemRequest = Schemas['CreateProblemRequest'];
/** @public */
export type KnownErrorList = Schemas['KnownErrorList'];
/** @public */
export type ProblemInvestigation = Schemas['ProblemInvestigation'];
/** @public */
export type ProblemTransitionRequest = Schemas['ProblemTransitionRequest'];
/** @public */
export type ProblemAnalysisRequest = Schemas['ProblemAnalysisRequest'];
/** @public */
export type KnownError = Schemas['KnownErrorList']['items'][number];

/** @public */
export type Risk = Schemas['Risk'];
/** @public */
export type RiskPage = Schemas['RiskPage'];
/** @public */
export type CreateRiskRequest = Schemas['CreateRiskRequest'];
/** @public */
export type UpdateRiskRequest = Schemas['UpdateRiskRequest'];
/** @public */
export type RiskRegister = Schemas['RiskRegister'];
/** @public */
export type CreateRiskReportRequest = Schemas['CreateRiskReportRequest'];
/** @public */
export type RiskReport = Schemas['RiskReport'];
/** @public */
export type RiskReportSummary = Schemas['RiskReportSummary'];
/** @public */
export type BusinessImpactAnalysis = Schemas['BusinessImpactAnalysis'];
/** @public */
export type BusinessImpactAnalysisPage = Schemas['BusinessImpactAnalysisPage'];
/** @public */
export type CreateBusinessImpactAnalysisRequest =
  Schemas['CreateBusinessImpactAnalysisRequest'];
/** @public */
export type ContinuityPlan = Schemas['ContinuityPlan'];
/** @public */
export type ContinuityPlanPage = Schemas['ContinuityPlanPage'];
/** @public */
export type CreateContinuityPlanRequest =
  Schemas['CreateContinuityPlanRequest'];
/** @public */
export type UpdateContinuityPlanRequest =
  Schemas['UpdateContinuityPlanRequest'];
/** @public */
export type ContinuityMeasure = Schemas['ContinuityMeasure'];
/** @public */
export type ContinuityActivationCriteria =
  Schemas['ContinuityActivationCriteria'];
/** @public */
export type ContinuityResources = Schemas['ContinuityResources'];
/** @public */
export type ContinuityContacts = Schemas['ContinuityContacts'];
/** @public */
export type ContinuityDrill = Schemas['ContinuityDrill'];
/** @public */
export type ContinuityPlanContent = Schemas['ContinuityPlanContent'];
/** @public */
export type ContinuityPlanVersion = Schemas['ContinuityPlanVersion'];
/** @public */
export type ContinuityPlanVersionSummary =
  Schemas['ContinuityPlanVersionSummary'];
/** @public */
export type ContinuityPlanObjective = Schemas['ContinuityPlanObjective'];
/** @public */
export type UpdateContinuityPlanContentRequest =
  Schemas['UpdateContinuityPlanContentRequest'];
/** @public */
export type Exercise = Schemas['Exercise'];
/** @public */
export type ExercisePage = Schemas['ExercisePage'];
/** @public */
export type CreateExerciseRequest = Schemas['CreateExerciseRequest'];
/** @public */
export type UpdateBusinessImpactAnalysisRequest =
  Schemas['UpdateBusinessImpactAnalysisRequest'];
/** @public */
export type ImpactAnalysisFacts = Schemas['ImpactAnalysisFacts'];
/** @public */
export type RecoveryObjectiveIssue = Schemas['RecoveryObjectiveIssue'];
/** @public */
export type RecoveryObjectiveCause = Schemas['RecoveryObjectiveCause'];
/** @public */
export type RecoveryObjectivesCheck = Schemas['RecoveryObjectivesCheck'];
/** @public */
export type ContinuityCoverageGap = Schemas['ContinuityCoverageGap'];
/** @public */
export type ContinuityCoverageReport = Schemas['ContinuityCoverageReport'];
export type ExerciseFinding = Schemas['ExerciseFinding'];
/** @public */
export type ExerciseStepRequest = Schemas['ExerciseStepRequest'];
/** @public */
export type ExerciseFindingRequest = Schemas['ExerciseFindingRequest'];
/** @public */
export type ContinuityPlanCovering = Schemas['ContinuityPlanCovering'];
/** @public */
export type ContinuityInvocation = Schemas['ContinuityInvocation'];
/** @public */
export type IncidentContinuity = Schemas['IncidentContinuity'];
/** @public */
export type ContinuitySummary = Schemas['ContinuitySummary'];

/** @public */
export type ImprovementItem = Schemas['ImprovementItem'];
/** @public */
export type ImprovementItemPage = Schemas['ImprovementItemPage'];
/** @public */
export type CreateImprovementItemRequest =
  Schemas['CreateImprovementItemRequest'];
/** @public */
export type TrainingSession = Schemas['TrainingSession'];
/** @public */
export type TrainingSessionPage = Schemas['TrainingSessionPage'];
/** @public */
export type CreateTrainingSessionRequest =
  Schemas['CreateTrainingSessionRequest'];
/** @public */
export type TrainingMaterial = Schemas['TrainingMaterial'];
/** @public */
export type TrainingPlan = Schemas['TrainingPlan'];
/** @public */
export type TrainingPlanMember = Schemas['TrainingPlanMember'];
/** @public */
export type PeriodicReportSummary = Schemas['PeriodicReportSummary'];
/** @public */
export type PeriodicReport = Schemas['PeriodicReport'];
/** @public */
export type KpiScorecard = Schemas['KpiScorecard'];
/** @public */
export type KpiFigure = Schemas['KpiFigure'];
/** @public */
export type KpiSeries = Schemas['KpiSeries'];
/** @public */
export type KpiBreakdown = Schemas['KpiBreakdown'];
/** @public */
export type KpiRecordPage = Schemas['KpiRecordPage'];
/** @public */
export type Survey = Schemas['Survey'];
/** @public */
export type SurveyQuestion = Schemas['SurveyQuestion'];
/** @public */
export type SurveyInvitation = Schemas['SurveyInvitation'];
/** @public */
export type SurveyResults = Schemas['SurveyResults'];
/** @public */
export type SurveyComment = Schemas['SurveyComment'];
/** @public */
export type AnswerSurveyRequest = Schemas['AnswerSurveyRequest'];
/** @public */
export type ImprovementPlan = Schemas['ImprovementPlan'];
/** @public */
export type ImprovementPlanItem = Schemas['ImprovementPlanItem'];
/** @public */
export type ImprovementEffect = Schemas['ImprovementEffect'];
/** @public */
export type UpdateImprovementItemRequest =
  Schemas['UpdateImprovementItemRequest'];
