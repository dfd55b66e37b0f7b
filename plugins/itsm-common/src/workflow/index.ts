export * from './types';
export * from './checkTransition';
export * from './incidentWorkflow';
export * from './workflows';
export * from './workflowLabels';
export * from './recordFieldLabels';
