/**
 * Problems and known errors (chapter 4): what the other processes' pages use
 * of them.
 */
export { EntityProblemsCard } from './EntityProblemsCard';
export { KnownErrorsCard } from './KnownErrorsCard';
export { LogProblemButton } from './LogProblemDialog';
export { useProblemsPageLink } from './ProblemsPage/useProblemsPageLink';
export { ProblemsTable } from './ProblemsTable';
