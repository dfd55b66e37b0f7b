/**
 * Incident management and the service desk (chapters 2-3), as the other
 * processes use it: routing and functional escalation (a problem is routed
 * as an incident is; a service level breach escalates), and the clusters of
 * incidents a problem is suggested from. The rest of incidents/ is its own.
 */
export { findIncidentClusters } from './domain/findIncidentClusters';
export type {
  ClusterBasis,
  IncidentCluster,
} from './domain/findIncidentClusters';
export { planFunctionalEscalation } from './domain/planEscalation';
export { routeIncident, tierOfGroup } from './domain/routeIncident';
export type { RoutingEntity } from './domain/routeIncident';
export { createIncidentModule } from './createIncidentModule';
export type { IncidentModule } from './createIncidentModule';
export type { IncidentIntakeSettings } from './domain/planIncidentIntake';
export { firstEntityOf } from './incidentIntakePlanner';
export { incidentIntakePlanner } from './incidentIntakePlanner';
export { presentIncident } from './router/incidentPresenters';
export { IncidentEscalationService } from './services/IncidentEscalationService';
