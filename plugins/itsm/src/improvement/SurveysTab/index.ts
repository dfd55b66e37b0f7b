export { SurveysTab } from './SurveysTab';
export { SurveyImprovementButton } from './SurveyImprovementButton';
