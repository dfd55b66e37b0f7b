export {
  RaiseImprovementButton,
  RaiseImprovementDialog,
} from './RaiseImprovementDialog';
export type { RaiseImprovementProps } from './RaiseImprovementDialog';
