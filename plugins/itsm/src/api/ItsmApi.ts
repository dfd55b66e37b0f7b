import { createApiRef } from '@backstage/core-plugin-api';
import type { ChangeApi } from './ChangeApi';
import type { CmdbApi } from './CmdbApi';
import type { ContinuityApi } from './ContinuityApi';
import type { ImprovementApi } from './ImprovementApi';
import type { IncidentApi } from './IncidentApi';
import type { ProblemApi } from './ProblemApi';
import type { ReleaseApi } from './ReleaseApi';
import type { SlaApi } from './SlaApi';
import type { SurveyApi } from './SurveyApi';

export type {
  CommentRequest,
  GetIncidentTimelineOptions,
  ListChangesOptions,
} from './RecordOptions';
export type {
  CountIncidentsOptions,
  CreateIncidentOptions,
  IncidentApi,
  IncidentStatisticsOptions,
  ListIncidentsOptions,
} from './IncidentApi';
export type { ChangeApi } from './ChangeApi';
export type { CmdbApi, ListConfigurationItemsOptions } from './CmdbApi';
export type {
  ListProblemsOptions,
  ProblemApi,
  ProblemChangeRequestBody,
} from './ProblemApi';
export type { ReleaseApi } from './ReleaseApi';
export type {
  ContinuityApi,
  ContinuityCreateRequestOf,
  ContinuityRecordEdit,
  ContinuityUpdateRequestOf,
  ContinuityTransitionBody,
} from './ContinuityApi';
export type {
  ImprovementApi,
  ImprovementCreateRequestOf,
  ImprovementRecordOf,
  ImprovementTransitionBody,
  KpiScopeOptions,
} from './ImprovementApi';
export type { SlaApi, SlaReportOptions } from './SlaApi';
export type { SurveyApi } from './SurveyApi';

/**
 * The ITSM backend, as the frontend uses it.
 *
 * Every method rejects with a `ResponseError` (from `@backstage/errors`) when
 * the server answers with an error, so that callers can show the server's
 * message and tell a 409 Conflict (someone else changed the record) apart.
 *
 * One interface per process (incidents, changes, problems, releases,
 * service levels, configuration items, continuity, improvement); the interfaces name types only, no
 * implementation.
 *
 * @public
 */
export interface ItsmApi
  extends IncidentApi,
    ChangeApi,
    ProblemApi,
    ReleaseApi,
    SlaApi,
    CmdbApi,
    ContinuityApi,
    ImprovementApi,
    SurveyApi {}

/**
 * The reference to the {@link ItsmApi}.
 *
 * @public
 */
export const itsmApiRef = createApiRef<ItsmApi>({ id: 'plugin.itsm.api' });
