export { LogProblemDialog } from './LogProblemDialog';
export type {
  LogProblemDefaults,
  LogProblemDialogProps,
} from './LogProblemDialog';
export { LogProblemButton } from './LogProblemButton';
