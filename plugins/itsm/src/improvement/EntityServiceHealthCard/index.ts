export { EntityServiceHealthCard } from './EntityServiceHealthCard';
