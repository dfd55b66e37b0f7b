export { EntitySlaCard } from './EntitySlaCard';
