/**
 * Service levels (chapter 8): what the other processes' pages use of them.
 */
export { IncidentSlaCard } from './IncidentSlaCard';
