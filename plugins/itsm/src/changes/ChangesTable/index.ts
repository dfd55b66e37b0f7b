export { ChangesTable, RiskChip } from './ChangesTable';
