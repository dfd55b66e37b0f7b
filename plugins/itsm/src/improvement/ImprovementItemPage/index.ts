export { ImprovementItemPage } from './ImprovementItemPage';
