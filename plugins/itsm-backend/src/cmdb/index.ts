/**
 * The CMDB on the catalog (chapter 6), as the other processes use it: the
 * impact analysis of the entities a change touches, and the whole
 * dependency graph from its index for callers allowed every entity. The rest of cmdb/ is
 * its own.
 */
export type { ImpactAnalysis } from './domain/analyzeImpact';
export type { IndexedCiLinks } from './database/CiHistoryStore';
export { ImpactAnalysisService } from './services/ImpactAnalysisService';
/** The CMDB's index and change history, for tests that write them as a look does. */
export { DatabaseCiHistoryStore } from './database/DatabaseCiHistoryStore';
export { createCmdbModule } from './createCmdbModule';
