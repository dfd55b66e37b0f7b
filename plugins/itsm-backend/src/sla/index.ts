/**
 * Service level management (chapter 8), as the other processes use it: the
 * agreement that covers an entity, which a change's assessment names, and
 * the service level report's aggregates and summary, which the monthly
 * reports reuse. The rest of sla/ is its own.
 */
export { selectSla } from './domain/selectSla';
export type { SlaSettings } from './domain/selectSla';
export { createSlaModule } from './createSlaModule';
export { readSlaSettings } from './services/readSlaSettings';
export { SlaReportStore } from './database/SlaReportStore';
export { summarizeSlaReport } from './domain/summarizeSlaReport';
