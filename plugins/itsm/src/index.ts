/**
 * The ITSM frontend plugin: entity tabs and pages for incidents and the other
 * ITSM records.
 *
 * @packageDocumentation
 */
export {
  itsmPlugin,
  EntityItsmIncidentsContent,
  EntityItsmChangesContent,
  EntityItsmReleasesContent,
  EntityItsmConfigurationItemCard,
  EntityItsmSlaCard,
  EntityItsmContinuityCard,
  EntityItsmServiceHealthCard,
  ItsmPage,
} from './plugin';
export { itsmApiRef } from './api/ItsmApi';
export type {
  ItsmApi,
  ListIncidentsOptions,
  ListChangesOptions,
  ListProblemsOptions,
  ProblemApi,
  ProblemChangeRequestBody,
  CreateIncidentOptions,
  GetIncidentTimelineOptions,
  CommentRequest,
  ContinuityApi,
  ContinuityCreateRequestOf,
  ContinuityRecordEdit,
  ContinuityUpdateRequestOf,
  ContinuityTransitionBody,
} from './api/ItsmApi';
export type { SlaReportOptions } from './api/ItsmApi';
export { ItsmClient } from './api/ItsmClient';
export {
  isItsmIncidentsAvailable,
  itsmIncidentEntityKinds,
} from './lib/isItsmIncidentsAvailable';
export type {
  Incident,
  IncidentPage,
  CreateIncidentRequest,
  UpdateIncidentRequest,
  TransitionRequest,
  TimelineEvent,
  TimelinePage,
  Priority,
} from '@backstage-itsm/plugin-itsm-common';
export { ItsmSearchResultListItem } from './search/ItsmSearchResultListItem';
export { RecordRefSearchApi } from './search/RecordRefSearchApi';
