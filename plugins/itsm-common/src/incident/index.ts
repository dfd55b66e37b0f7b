export * from './incidentFields';
export * from './priorityMatrix';
export * from './reporterQuestions';
