export { RiskPage } from './RiskPage';
