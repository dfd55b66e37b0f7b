export { ChangesTable, changeStateLabel, RiskChip } from './ChangesTable';
