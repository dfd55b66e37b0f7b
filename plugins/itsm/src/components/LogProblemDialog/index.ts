export { LogProblemDialog } from './LogProblemDialog';
export type { LogProblemDefaults } from './LogProblemDialog';
export { LogProblemButton } from './LogProblemButton';
