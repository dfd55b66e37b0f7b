/**
 * Change management (chapter 5), as the other processes use it: change
 * requests raised from a release or a problem (ChangeRequests with their
 * rules), the conflict checker a continuity exercise's window is checked by, the change windows and the free-window proposal a release is
 * scheduled by, and the approver settings. The rest of changes/ is its own.
 */
export { CatalogWindowReader } from './catalog/CatalogWindowReader';
export type {
  ChangeRequestInput,
  ChangeRequestRules,
} from './domain/changeRequestRules';
export { expandWindow } from './domain/expandWindow';
export type { WindowDefinition } from './domain/expandWindow';
export { planWindow } from './domain/planChangeIntake';
export type { ChangeSettings } from './domain/planChangeIntake';
export { proposeFreeWindow } from './domain/proposeFreeWindow';
export type {
  BusyInterval,
  FreeWindowProposal,
} from './domain/proposeFreeWindow';
export {
  ChangeConflictChecker,
  PLANNED_CHANGE_STATES,
  PLANNED_RELEASE_STATES,
} from './services/ChangeConflictChecker';
export { ChangeRequests } from './services/ChangeRequests';
export { readApprovers } from './services/readChangeSettings';
export { createChangeModule } from './createChangeModule';
export type { ChangeModule } from './createChangeModule';
