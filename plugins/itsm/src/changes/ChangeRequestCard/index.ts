export { ChangeRequestCard } from './ChangeRequestCard';
