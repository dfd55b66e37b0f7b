/**
 * The CMDB on the catalog (chapter 6), as the other processes use it: the
 * impact analysis of the entities a change touches. The rest of cmdb/ is
 * its own.
 */
export type { ImpactAnalysis } from './domain/analyzeImpact';
export { ImpactAnalysisService } from './services/ImpactAnalysisService';
export { createCmdbModule } from './createCmdbModule';
