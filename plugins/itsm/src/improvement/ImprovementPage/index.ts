export { ImprovementPage } from './ImprovementPage';
