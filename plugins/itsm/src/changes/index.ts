/**
 * Changes (chapter 5): what the other processes' pages use of them (change
 * requests carried by a release or a problem, the risk questionnaire, the
 * changes table, the correlation card).
 */
export { ChangeRequestCard } from './ChangeRequestCard';
export { ChangesTable, RiskChip } from './ChangesTable';
export { CorrelationCard } from './CorrelationCard';
export { RiskQuestionnaireFields } from './RequestChangeDialog';
export {
  emptyRiskValues,
  riskInputOf,
} from './RequestChangeDialog/RiskQuestionnaireFields';
export type { RiskValues } from './RequestChangeDialog/RiskQuestionnaireFields';
export {
  defaultWindow,
  toLocalInput,
} from './RequestChangeDialog/changeFormValues';
