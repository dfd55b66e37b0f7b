export { CorrelationCard } from './CorrelationCard';
export type { CorrelationCardProps } from './CorrelationCard';
