export { OpenIncidentsSummary } from './OpenIncidentsSummary';
export type { OpenIncidentsSummaryProps } from './OpenIncidentsSummary';
