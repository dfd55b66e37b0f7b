export { KnownErrorsCard } from './KnownErrorsCard';
