export * from './incidentFields';
export * from './priorityMatrix';
