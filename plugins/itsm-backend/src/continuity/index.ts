/**
 * IT service continuity (chapter 9): what other processes may use of it.
 */
export { createContinuityModule } from './createContinuityModule';
export { planContinuityOwner } from './domain/planContinuityOwner';
export { actAsDemoUsers } from './demo/actAsDemoUsers';
export type { DemoActors } from './demo/actAsDemoUsers';
export { riskReportCsv } from './domain/riskReportCsv';
