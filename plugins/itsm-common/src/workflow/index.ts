export * from './types';
export * from './checkTransition';
export * from './incidentWorkflow';
export * from './workflows';
