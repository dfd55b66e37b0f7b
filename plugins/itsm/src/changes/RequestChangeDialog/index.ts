export { RequestChangeDialog } from './RequestChangeDialog';
export type { RequestChangeDialogProps } from './RequestChangeDialog';
export { RiskQuestionnaireFields } from './RiskQuestionnaireFields';
export type {
  RiskQuestionnaireFieldsProps,
  RiskValues,
} from './RiskQuestionnaireFields';
export { PlanStepsField } from './PlanStepsField';
export type { PlanStepsFieldProps, PlanStepValue } from './PlanStepsField';
