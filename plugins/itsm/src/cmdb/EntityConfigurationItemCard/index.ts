export { EntityConfigurationItemCard } from './EntityConfigurationItemCard';
