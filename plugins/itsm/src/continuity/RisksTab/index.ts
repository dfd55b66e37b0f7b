export { RisksTab } from './RisksTab';
export { RiskLevelChip } from './RiskLevelChip';
export { formatAmount } from './RisksTab';
export {
  assessmentOf,
  assessmentValuesOf,
  riskAssessmentFormFields,
} from './riskForm';
