export { ImpactAnalysisPage } from './ImpactAnalysisPage';
