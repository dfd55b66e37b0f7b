import type {
  ApprovalDecisionRequest,
  CreateReleaseRequest,
  Incident,
  Release,
  ReleasePage,
  ReleaseTransitionRequest,
  ReleaseWindowProposal,
  TimelineEvent,
  TimelinePage,
  VerificationCheck,
  VerificationKind,
} from '@backstage-itsm/plugin-itsm-common';
import type {
  CommentRequest,
  GetIncidentTimelineOptions,
  ListChangesOptions,
} from './RecordOptions';

/**
 * The release management part of the {@link ItsmApi} (chapter 7):
 * releases, their window, approval, change request, verification and
 * rollout.
 *
 * @public
 */
export interface ReleaseApi {
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
}
