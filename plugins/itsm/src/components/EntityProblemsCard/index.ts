export { EntityProblemsCard } from './EntityProblemsCard';
