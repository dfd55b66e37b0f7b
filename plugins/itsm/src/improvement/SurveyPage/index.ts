export { SurveyPage } from './SurveyPage';
