import type {
  ApprovalDecisionRequest,
  CreateProblemRequest,
  KnownErrorList,
  Priority,
  Problem,
  ProblemAnalysisRequest,
  ProblemCategory,
  ProblemPage,
  ProblemTransitionRequest,
  RecordLink,
  RiskInput,
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import type { CommentRequest, ListChangesOptions } from './RecordOptions';

/**
 * What makes a problem carry its change request: `change`, an open one to
 * carry; or, to raise one from the solution plan, its window and risk
 * answers (and, optionally, its own plan, test and backout plans).
 *
 * @public
 */
export type ProblemChangeRequestBody = {
  version: number;
  change?: string;
  changeType?: string;
  window?: { start: string; end: string };
  risk?: RiskInput;
  plan?: { title: string; owner?: string }[];
  testPlan?: string;
  backoutPlan?: string;
};

/**
 * Which problems to list, and which page of them.
 *
 * @public
 */
export type ListProblemsOptions = ListChangesOptions & {
  priority?: Priority[];
  category?: ProblemCategory[];
  /** Groups whose problems to list; `mine` is the signed-in user's. */
  assignmentGroup?: string[];
};

/**
 * The problem management part of the {@link ItsmApi} (chapter 4): problems,
 * their analysis, approval, change request and report, and the known-error
 * base.
 *
 * @public
 */
export interface ProblemApi {
  /**
   * The known-error base (problems with a root cause and a workaround, not
   * closed): an entity's (given its ref), or those matching `q`.
   */
  listKnownErrors(
    entityRefOrOptions:
      | string
      | { entityRef?: string; q?: string; limit?: number },
  ): Promise<KnownErrorList>;
  listProblems(options?: ListProblemsOptions): Promise<ProblemPage>;
  getProblem(id: string): Promise<Problem>;
  /** Logs a problem; `incidents` are linked caused-by in the same write. */
  createProblem(
    body: CreateProblemRequest,
    options?: { idempotencyKey?: string },
  ): Promise<Problem>;
  transitionProblem(
    id: string,
    body: ProblemTransitionRequest,
  ): Promise<Problem>;
  /** Records the investigation, root cause, workaround, impact and risk. */
  recordProblemAnalysis(
    id: string,
    body: ProblemAnalysisRequest,
  ): Promise<Problem>;
  /** Decides the approval of the problem's solution plan. */
  decideProblem(id: string, body: ApprovalDecisionRequest): Promise<Problem>;
  /**
   * Implements the approved solution: carries `change` (an open change
   * request), or raises one from the solution plan.
   */
  addProblemChangeRequest(
    id: string,
    body: ProblemChangeRequestBody,
  ): Promise<Problem>;
  listProblemLinks(id: string): Promise<{ items: RecordLink[] }>;
  commentOnProblem(id: string, body: CommentRequest): Promise<TimelineEvent>;
  getProblemTimeline(
    id: string,
    options?: { limit?: number; cursor?: string },
  ): Promise<TimelinePage>;
  /** The investigation report as a Markdown document, for a download. */
  downloadProblemReport(id: string): Promise<Blob>;
}
