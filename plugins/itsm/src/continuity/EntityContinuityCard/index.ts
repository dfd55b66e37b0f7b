export { EntityContinuityCard } from './EntityContinuityCard';
