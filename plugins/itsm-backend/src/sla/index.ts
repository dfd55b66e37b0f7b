/**
 * Service level management (chapter 8), as the other processes use it: the
 * agreement that covers an entity, which a change's assessment names. The
 * rest of sla/ is its own.
 */
export { selectSla } from './domain/selectSla';
export type { SlaSettings } from './domain/selectSla';
export { createSlaModule } from './createSlaModule';
export { readSlaSettings } from './services/readSlaSettings';
